namespace ToriiSalesforce.Engine.EventLogs;

/// <summary>Which log files to read, and how.</summary>
public sealed class EventLogFileQuery
{
    /// <summary>Event types such as Login, API, RestApi; empty means every type.</summary>
    public IReadOnlyList<string> EventTypes { get; set; } = Array.Empty<string>();

    /// <summary>LogDate at or after (UTC).</summary>
    public DateTimeOffset? Since { get; set; }

    /// <summary>LogDate before (UTC).</summary>
    public DateTimeOffset? Until { get; set; }

    public LogInterval Interval { get; set; } = LogInterval.Auto;

    /// <summary>Files downloaded at once (events still come out in file order).</summary>
    public int MaxConcurrentDownloads { get; set; } = 4;

    /// <summary>How often a broken or short download is tried in all.</summary>
    public int DownloadAttempts { get; set; } = 3;
}
