namespace ToriiSalesforce.Engine.Sync;

/// <summary>
/// Where an incremental usage read stopped. LoginHistory resumes at a LoginTime (ids already seen at
/// that exact time are skipped, since several logins share a timestamp). Event Log Files resume at a
/// (CreatedDate, Id) cursor, keep the ids of files already emitted (late files arrive with older
/// CreatedDates than their neighbours' cursors suggest), which interval was used for each day, and
/// how far into a file an interrupted run got.
/// </summary>
public sealed class UsageCheckpoint
{
    /// <summary>
    /// The selection the file records; null when it was written before checkpoints recorded one (the
    /// run that loads such a file adopts its own selection, written with the next save).
    /// </summary>
    public CheckpointSelection? Selection { get; set; }

    public DateTimeOffset? LoginHistoryTime { get; set; }
    public HashSet<string> LoginHistoryIdsAtTime { get; set; } = new(StringComparer.Ordinal);

    public DateTimeOffset? LogFileCreatedDate { get; set; }
    public string? LogFileId { get; set; }

    /// <summary>Ids of files whose every event was written, with their CreatedDate (to prune old ones).</summary>
    public Dictionary<string, DateTimeOffset> EmittedLogFiles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>"EventType|yyyy-MM-dd" to the interval (Hourly or Daily) used for that day, so a day is never counted twice.</summary>
    public Dictionary<string, string> PeriodIntervals { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A file a run stopped inside: its id and how many of its rows were written.</summary>
    public string? PartialLogFileId { get; set; }
    public long PartialRowsEmitted { get; set; }

    /// <summary>Forgets emitted-file ids older than Salesforce keeps files (30 days), so the checkpoint stays small.</summary>
    public void Prune(DateTimeOffset now)
    {
        var horizon = now.AddDays(-35);
        foreach (var old in EmittedLogFiles.Where(kv => kv.Value < horizon).Select(kv => kv.Key).ToList()) EmittedLogFiles.Remove(old);
    }
}
