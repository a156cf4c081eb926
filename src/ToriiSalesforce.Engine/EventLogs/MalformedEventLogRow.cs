namespace ToriiSalesforce.Engine.EventLogs;

/// <summary>A row that could not be read; reported and skipped so the rest of the file still flows.</summary>
public sealed record MalformedEventLogRow(string Source, long Line, string Reason);
