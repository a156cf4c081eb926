using System;

namespace ToriiSalesforce;

/// <summary>
/// One user's activity as the logs show it (Get-ToriiSfUsage -Summary): the last successful login,
/// the last activity of any kind, and counts by source and by event type. "Inactive since" comes
/// from real use, not only from User.LastLoginDate. Times are UTC.
/// </summary>
public sealed class UserActivity
{
    /// <summary>The 18-character user Id.</summary>
    public string UserId { get; internal set; } = "";

    public string? Username { get; internal set; }

    /// <summary>Latest successful login in LoginHistory; empty when none was seen.</summary>
    public DateTimeOffset? LastSuccessfulLogin { get; internal set; }

    /// <summary>Latest activity of any kind: a successful login or any Event Log File event. Empty when none was seen.</summary>
    public DateTimeOffset? LastActivity { get; internal set; }

    /// <summary>LoginHistory or EventLogFile: where <see cref="LastActivity"/> was seen.</summary>
    public string? LastActivitySource { get; internal set; }

    /// <summary>Successful logins in LoginHistory.</summary>
    public int SuccessfulLogins { get; internal set; }

    /// <summary>Failed logins in LoginHistory (not counted as activity).</summary>
    public int FailedLogins { get; internal set; }

    /// <summary>Events of the user in the Event Log Files read.</summary>
    public long LogEvents { get; internal set; }

    /// <summary>Log events per event type, such as "API=12; Login=3", sorted by type.</summary>
    public string EventCounts { get; internal set; } = "";

    public override string ToString() => Username ?? UserId;
}
