using System;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce;

/// <summary>
/// A live connection to one org as one user: what Connect-ToriiSalesforce -PassThru and
/// Get-ToriiSfContext return, and what -Connection takes. Holds no token or secret: those stay in
/// the engine's token provider and never reach a property, ToString or a stream.
/// </summary>
/// <remarks>
/// The engine session is kept as <see cref="object"/>: PowerShell reflects over this type (it is a
/// parameter type), and that must not require the engine assembly, which is resolved only after
/// the module initializer has run.
/// </remarks>
public sealed class Connection
{
    private volatile bool _closed;

    internal Connection(object session, ConnectionSnapshot snapshot)
    {
        Session = session;
        Id = snapshot.Id;
        OrgId = snapshot.OrgId;
        InstanceUrl = snapshot.InstanceUrl;
        LoginUrl = snapshot.LoginUrl;
        Username = snapshot.Username;
        UserId = snapshot.UserId;
        UserType = snapshot.UserType;
        ApiVersion = snapshot.ApiVersion;
        Mode = snapshot.Mode;
        AuthFlow = snapshot.AuthFlow;
        CanRefresh = snapshot.CanRefresh;
        ConnectedAt = snapshot.ConnectedAt;
    }

    /// <summary>The engine's SalesforceSession; only code in ToriiSalesforce.Bridge casts it.</summary>
    internal object Session { get; }

    /// <summary>True once Disconnect-ToriiSalesforce dropped this connection.</summary>
    internal bool IsClosed => _closed;

    public Guid Id { get; }
    public string OrgId { get; }
    public Uri InstanceUrl { get; }

    /// <summary>The OAuth host; empty for a connection made from a bare access token.</summary>
    public Uri? LoginUrl { get; }

    public string Username { get; }
    public string UserId { get; }
    public string UserType { get; }
    public string ApiVersion { get; }
    public ConnectionMode Mode { get; }

    /// <summary>AccessToken, RefreshToken, ...</summary>
    public string AuthFlow { get; }

    /// <summary>Whether an expired session is renewed without a person (false for a bare access token).</summary>
    public bool CanRefresh { get; }

    /// <summary>When the connection was made, in UTC.</summary>
    public DateTimeOffset ConnectedAt { get; }

    /// <summary>The org's API requests used in the last 24 hours, as Salesforce last reported it; empty before the first report.</summary>
    public long? ApiUsed => SessionBridge.Usage(Session)?.Used;

    /// <summary>The org's daily API request allocation.</summary>
    public long? ApiMax => SessionBridge.Usage(Session)?.Max;

    /// <summary>Requests left in the org's daily allocation.</summary>
    public long? ApiRemaining => SessionBridge.Usage(Session)?.Remaining;

    /// <summary>HTTP requests this connection has sent (retries and token renewals of data calls included).</summary>
    public long RequestsSent => SessionBridge.RequestsSent(Session);

    internal void Close() => _closed = true;

    public override string ToString() => $"{Username} @ {InstanceUrl.Host} ({Mode})";
}
