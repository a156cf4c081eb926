using ToriiSalesforce.Engine.Auth;
using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Users;

namespace ToriiSalesforce.Engine;

/// <summary>
/// A live connection to one org as one user: who, where, which API version, in which mode, and the
/// services the cmdlets call. Holds no secret in any public member; the tokens live in the flow's
/// token provider.
/// </summary>
public sealed class SalesforceSession
{
    internal SalesforceSession(SalesforceHttpClient http, Uri instanceUrl, Uri? loginUrl, string orgId, string userId, string username,
        string userType, string apiVersion, ConnectionMode mode)
    {
        Http = http;
        InstanceUrl = instanceUrl;
        LoginUrl = loginUrl;
        OrgId = orgId;
        UserId = userId;
        Username = username;
        UserType = userType;
        ApiVersion = apiVersion;
        Mode = mode;
        ConnectedAt = DateTimeOffset.UtcNow;
        UserFields = new UserFieldAccess(this);
        Users = new UserDirectory(this);
        Licenses = new Licenses.LicenseCatalog(this);
        OAuthApps = new OAuthApps.OAuthAppInventory(this);
        LoginHistory = new Usage.LoginHistoryReader(this);
        EventLogFiles = new EventLogs.EventLogFileReader(this);
        UserActions = new Actions.UserActions(this);
        OAuthTokenRevoker = new Actions.OAuthTokenRevoker(this);
    }

    internal SalesforceHttpClient Http { get; }

    internal UserFieldAccess UserFields { get; }

    public Guid Id { get; } = Guid.NewGuid();
    public Uri InstanceUrl { get; }

    /// <summary>The OAuth host, or null for a bare access token.</summary>
    public Uri? LoginUrl { get; }

    public string OrgId { get; }
    public string UserId { get; }
    public string Username { get; }

    /// <summary>User.UserType of the connected user (Standard, ...).</summary>
    public string UserType { get; }

    /// <summary>REST API version in use, e.g. "66.0".</summary>
    public string ApiVersion { get; }

    public ConnectionMode Mode { get; }

    /// <summary>AccessToken, RefreshToken, ...</summary>
    public string AuthFlow => Http.Tokens.FlowName;

    /// <summary>Whether an expired session can be renewed without a person.</summary>
    public bool CanRefresh => Http.Tokens.CanRefresh;

    public DateTimeOffset ConnectedAt { get; }

    /// <summary>The org's daily API usage as last reported by Salesforce.</summary>
    public ApiUsage? ApiUsage => Http.Usage;

    /// <summary>HTTP requests this connection has sent for data (retries and replays included).</summary>
    public long RequestsSent => Http.RequestsSent;

    /// <summary>Users of the org.</summary>
    public UserDirectory Users { get; }

    /// <summary>User, feature and permission-set licences.</summary>
    public Licenses.LicenseCatalog Licenses { get; }

    /// <summary>Apps connected over OAuth and their grants.</summary>
    public OAuthApps.OAuthAppInventory OAuthApps { get; }

    /// <summary>Logins from LoginHistory.</summary>
    public Usage.LoginHistoryReader LoginHistory { get; }

    /// <summary>Event Log Files and their events.</summary>
    public EventLogs.EventLogFileReader EventLogFiles { get; }

    /// <summary>Runs a query as a lazy, prefetching sequence of mapped rows.</summary>
    /// <summary>Deactivate, reactivate, freeze and unfreeze users; refused unless the connection is in TakeAction mode.</summary>
    public Actions.UserActions UserActions { get; }

    /// <summary>Revoke users' OAuth grants to connected apps; refused unless the connection is in TakeAction mode.</summary>
    public Actions.OAuthTokenRevoker OAuthTokenRevoker { get; }

    internal Query.QueryPager<T> Query<T>(string soql, Func<System.Text.Json.JsonElement, T> map, string what, CancellationToken cancellationToken, int pageSize = 2000) =>
        new(Http, ApiVersion, soql, pageSize, map, what, cancellationToken);

    public override string ToString() => $"{Username} @ {InstanceUrl.Host} ({Mode})";
}
