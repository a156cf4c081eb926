namespace SalesforceEmulator;

/// <summary>How to seed and run the emulator.</summary>
public sealed class EmulatorOptions
{
    public int Port { get; set; } = 0;          // 0 = pick a free port
    public int Seed { get; set; } = 42;
    public int Users { get; set; } = 200;       // total users generated, all user types
    public int LatencyMs { get; set; } = 0;     // added to every request
    public bool RequireClientSecret { get; set; } = false; // refresh grant demands client_secret
    public bool RotateRefreshTokens { get; set; } = false; // refresh response carries a new refresh_token and the old is invalidated
    public long DailyApiMax { get; set; } = 15000;

    /// <summary>OauthToken rows (grants of connected apps to users).</summary>
    public int OAuthGrants { get; set; } = 300;

    /// <summary>false: an org without the Event Monitoring add-on (EventLogFile has no Interval or Sequence).</summary>
    public bool HourlyLogs { get; set; } = true;

    /// <summary>Days of seeded Event Log Files, ending yesterday (0: none).</summary>
    public int LogDays { get; set; } = 2;

    /// <summary>Days of LoginHistory, ending now.</summary>
    public int LoginHistoryDays { get; set; } = 21;
}
