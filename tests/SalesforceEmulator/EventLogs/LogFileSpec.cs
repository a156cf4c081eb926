namespace SalesforceEmulator.EventLogs;

/// <summary>What one log file holds: enough to regenerate its CSV byte for byte on every download, without storing it.</summary>
public sealed record LogFileSpec(string Id, string EventType, DateTimeOffset LogDate, string Interval, int Sequence, DateTimeOffset CreatedDate, long Rows, int Seed)
{
    /// <summary>The span the file's events fall in: a day, or an hour.</summary>
    public TimeSpan Period => Interval == "Hourly" ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);

    /// <summary>Exact size of the CSV, computed once by generating it into a counter.</summary>
    public long Length { get; init; }
}
