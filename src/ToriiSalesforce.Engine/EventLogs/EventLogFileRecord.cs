namespace ToriiSalesforce.Engine.EventLogs;

/// <summary>One EventLogFile record: a log file's metadata, not its content.</summary>
public sealed class EventLogFileRecord
{
    public string Id { get; init; } = "";
    public string EventType { get; init; } = "";

    /// <summary>Start of the day (daily) or hour (hourly) the file covers, UTC.</summary>
    public DateTimeOffset LogDate { get; init; }

    /// <summary>"Hourly" or "Daily"; "Daily" for orgs without hourly logs (whose records have no Interval field).</summary>
    public string Interval { get; init; } = "Daily";

    /// <summary>0 for daily files; hourly files count up from 1 when late data adds parts to an hour.</summary>
    public int Sequence { get; init; }

    /// <summary>Size of the CSV in bytes, which a complete download must match.</summary>
    public long LogFileLength { get; init; }

    public string? FieldTypes { get; init; }
    public DateTimeOffset CreatedDate { get; init; }

    /// <summary>"EventType|yyyy-MM-dd": the day this file's events belong to, for choosing hourly or daily once per day.</summary>
    public string PeriodKey => EventType + "|" + LogDate.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
