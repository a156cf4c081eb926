namespace ToriiSalesforce.Engine.EventLogs;

/// <summary>Where a batch of events came from: an EventLogFile record, or a CSV an admin downloaded by hand.</summary>
public sealed class EventLogSource
{
    /// <summary>File path, or the EventLogFile id, for error messages.</summary>
    public string Name { get; init; } = "";

    public string? LogFileId { get; init; }
    public string? EventType { get; init; }
    public DateTimeOffset? LogDate { get; init; }
    public string? Interval { get; init; }
    public int? Sequence { get; init; }

    /// <summary>LogFileFieldTypes of the record; null for files from disk, whose types are inferred by column name.</summary>
    public string? FieldTypes { get; init; }
}
