namespace ToriiSalesforce.Engine.Usage;

/// <summary>One user's activity as the logs show it, so "inactive since" comes from real use, not only User.LastLoginDate.</summary>
public sealed class UserActivity
{
    public string UserId { get; init; } = "";
    public string? Username { get; init; }

    /// <summary>Latest successful login in LoginHistory (failed logins are not activity).</summary>
    public DateTimeOffset? LastSuccessfulLogin { get; init; }

    /// <summary>Latest event of any kind: a successful login or any Event Log File row.</summary>
    public DateTimeOffset? LastActivity { get; init; }

    /// <summary>LoginHistory or EventLogFile: where <see cref="LastActivity"/> was seen.</summary>
    public string? LastActivitySource { get; init; }

    public int SuccessfulLogins { get; init; }
    public int FailedLogins { get; init; }
    public long LogEvents { get; init; }

    /// <summary>Events per type, e.g. "API=12; Login=3", sorted by type.</summary>
    public string EventCounts { get; init; } = "";
}
