namespace ToriiSalesforce;

/// <summary>Which Event Log Files Get-ToriiSfUsage reads for a day.</summary>
public enum EventLogInterval
{
    /// <summary>Hourly files where the day has them, daily files otherwise. A day is never read twice.</summary>
    Auto,

    /// <summary>Hourly files only (orgs with the Event Monitoring add-on).</summary>
    Hourly,

    /// <summary>Daily files only.</summary>
    Daily,
}
