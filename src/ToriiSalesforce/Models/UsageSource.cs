namespace ToriiSalesforce;

/// <summary>Where Get-ToriiSfUsage reads usage from.</summary>
public enum UsageSource
{
    /// <summary>The LoginHistory object: every login, successful or not, for about six months.</summary>
    LoginHistory,

    /// <summary>Event Log Files (Event Monitoring): one event per row of each day's or hour's log files.</summary>
    EventLogFile,
}
