using System;

namespace ToriiSalesforce;

/// <summary>
/// One login from LoginHistory, as Get-ToriiSfUsage -Source LoginHistory writes it: flat scalar
/// properties in a fixed order, so Export-Csv gives the same columns for every row. Times are UTC.
/// </summary>
public sealed class LoginEvent
{
    /// <summary>The LoginHistory record Id.</summary>
    public string Id { get; internal set; } = "";

    /// <summary>The 18-character Id of the user who logged in (or tried to).</summary>
    public string? UserId { get; internal set; }

    /// <summary>The user's Username; empty when the connected user may not read that user.</summary>
    public string? Username { get; internal set; }

    /// <summary>When the login happened, UTC.</summary>
    public DateTimeOffset LoginTime { get; internal set; }

    /// <summary>Application, Remote Access 2.0, SAML Sfdc Initiated SSO, ...</summary>
    public string? LoginType { get; internal set; }

    /// <summary>Success, or the reason the login failed (Invalid Password, ...).</summary>
    public string? Status { get; internal set; }

    /// <summary>True when <see cref="Status"/> is Success. Failed logins are not activity.</summary>
    public bool IsSuccess { get; internal set; }

    /// <summary>Browser for UI logins; the connected app's name for OAuth logins.</summary>
    public string? Application { get; internal set; }

    public string? SourceIp { get; internal set; }
    public string? Browser { get; internal set; }
    public string? Platform { get; internal set; }

    /// <summary>The host the login went to, such as login.salesforce.com or the org's My Domain.</summary>
    public string? LoginUrl { get; internal set; }

    /// <summary>SOAP Enterprise, SOAP Partner, ... for API logins; empty otherwise.</summary>
    public string? ApiType { get; internal set; }

    public override string ToString() => $"{Username ?? UserId} {LoginTime.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z {Status}";
}
