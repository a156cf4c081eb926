using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Query;
using ToriiSalesforce.Engine.Sync;

namespace ToriiSalesforce.Engine.EventLogs;

/// <summary>
/// Finds Event Log Files and streams their events. Rules learned from connectors that got them wrong
/// (anchors.md 3.2, 3.3): the Interval field is only asked for when the org has it; hourly and daily
/// files of one day are alternatives, never added up; files are found by CreatedDate (late files and
/// extra Sequence parts appear long after their LogDate) with a re-scan window and the ids already
/// emitted, so none is missed and none is read twice.
/// </summary>
public sealed class EventLogFileReader
{
    /// <summary>Files can become visible a little after their CreatedDate; each run looks back this far.</summary>
    internal static readonly TimeSpan RescanWindow = TimeSpan.FromHours(6);

    private readonly SalesforceSession _session;
    private bool? _hasInterval;

    internal EventLogFileReader(SalesforceSession session) => _session = session;

    /// <summary>Whether the org's EventLogFile has Interval (hourly logs); one describe, cached.</summary>
    public bool OrgHasHourlyLogs(CancellationToken cancellationToken)
    {
        if (_hasInterval is { } known) return known;
        using var doc = Accessible(() => _session.Http.GetJsonAsync($"/services/data/v{_session.ApiVersion}/sobjects/EventLogFile/describe", "Describing EventLogFile", null, cancellationToken)
            .GetAwaiter().GetResult());
        var has = doc.RootElement.GetProperty("fields").EnumerateArray().Any(f => f.TryGetProperty("name", out var n) && n.GetString() == "Interval");
        _hasInterval = has;
        return has;
    }

    /// <summary>The log files a read would use, after the hourly/daily choice, in the order their events come out.</summary>
    public IReadOnlyList<EventLogFileRecord> Files(EventLogFileQuery query, UsageCheckpoint? state, CancellationToken cancellationToken)
    {
        var hasHourly = OrgHasHourlyLogs(cancellationToken);
        if (query.Interval == LogInterval.Hourly && !hasHourly)
            throw new SalesforceApiException(400, "HOURLY_LOGS_UNAVAILABLE",
                "This org has no hourly Event Log Files (EventLogFile has no Interval field without the Event Monitoring add-on).",
                "Use -Interval Daily or -Interval Auto, or license Event Monitoring (Shield) for hourly files.");

        var fields = "Id, EventType, LogDate, LogFileLength, LogFileFieldTypes, CreatedDate" + (hasHourly ? ", Interval, Sequence" : "");
        var where = new List<string>();
        if (query.EventTypes.Count > 0) where.Add("EventType IN " + Soql.InList(query.EventTypes));
        if (query.Since is { } since) where.Add("LogDate >= " + Soql.DateTime(since));
        if (query.Until is { } until) where.Add("LogDate < " + Soql.DateTime(until));
        if (hasHourly && query.Interval == LogInterval.Hourly) where.Add("Interval = 'Hourly'");
        if (hasHourly && query.Interval == LogInterval.Daily) where.Add("Interval = 'Daily'");
        if (state?.LogFileCreatedDate is { } cursor) where.Add("CreatedDate >= " + Soql.DateTime(cursor - RescanWindow));
        var soql = $"SELECT {fields} FROM EventLogFile{(where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")} ORDER BY CreatedDate, Id";
        Diagnostics.EngineLog.Verbose($"Query: {soql}");

        var all = Accessible(() => _session.Query(soql, r => new EventLogFileRecord
        {
            Id = SalesforceJson.String(r, "Id") ?? "",
            EventType = SalesforceJson.String(r, "EventType") ?? "",
            LogDate = SalesforceJson.DateTime(r, "LogDate") ?? default,
            Interval = hasHourly ? SalesforceJson.String(r, "Interval") ?? "Daily" : "Daily",
            Sequence = hasHourly && SalesforceJson.Path(r, "Sequence") is { } seq && seq.TryGetInt32(out var s) ? s : 0,
            LogFileLength = SalesforceJson.Path(r, "LogFileLength") is { } len && len.TryGetDouble(out var l) ? (long)l : 0,
            FieldTypes = SalesforceJson.String(r, "LogFileFieldTypes"),
            CreatedDate = SalesforceJson.DateTime(r, "CreatedDate") ?? default,
        }, "Listing log files", cancellationToken).ToList());

        var chosen = ChooseIntervals(all, query.Interval, state);
        return all.Where(f => state is null || !state.EmittedLogFiles.ContainsKey(f.Id))
                  .Where(f => chosen.TryGetValue(f.PeriodKey, out var interval) && string.Equals(interval, f.Interval, StringComparison.OrdinalIgnoreCase))
                  .ToList();
    }

    /// <summary>
    /// Salesforce hides EventLogFile from a user without View Event Log Files or View All Data: describe
    /// answers NOT_FOUND and queries INVALID_TYPE, exactly as for an object that does not exist. Left as
    /// they are, the admin would read "does not exist; check the id"; this says which permission is missing.
    /// </summary>
    private static T Accessible<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (SalesforceApiException hidden) when (hidden.ErrorCode is "NOT_FOUND" or "INVALID_TYPE")
        {
            throw new SalesforceApiException(hidden.StatusCode, ErrorRemediation.EventLogFilesNotAccessible,
                $"The connected user cannot read Event Log Files: Salesforce answered {hidden.ErrorCode} for EventLogFile, as it does when the user has neither View Event Log Files (with API Enabled) nor View All Data.",
                Rules.PrerequisiteRules.ViewEventLogFiles.Remediation, hidden);
        }
    }

    /// <summary>
    /// One interval per event type and day: the one an earlier run already used for that day, else
    /// Hourly when asked or (Auto) when the day has hourly files, else Daily.
    /// </summary>
    internal static Dictionary<string, string> ChooseIntervals(IEnumerable<EventLogFileRecord> files, LogInterval wanted, UsageCheckpoint? state)
    {
        var byPeriod = files.GroupBy(f => f.PeriodKey, StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var period in byPeriod)
        {
            if (state is not null && state.PeriodIntervals.TryGetValue(period.Key, out var earlier))
            {
                result[period.Key] = earlier;
                continue;
            }
            var hasHourly = period.Any(f => f.Interval == "Hourly");
            result[period.Key] = wanted switch
            {
                LogInterval.Hourly => "Hourly",
                LogInterval.Daily => "Daily",
                _ => hasHourly ? "Hourly" : "Daily",
            };
        }
        return result;
    }

    /// <summary>
    /// Streams the events of every chosen file, in file order, downloading up to
    /// <see cref="EventLogFileQuery.MaxConcurrentDownloads"/> files at once. With a checkpoint, a file is
    /// recorded as done only after all its events were handed over; stopping inside a file records how
    /// many rows were handed over, so the next run resumes right after them.
    /// </summary>
    public IEnumerable<EventLogEvent> Read(EventLogFileQuery query, CheckpointFile? checkpoint, Action<MalformedEventLogRow> onMalformed,
        Action<Exception> onFileFailed, CancellationToken cancellationToken)
    {
        var state = checkpoint?.Load() ?? new UsageCheckpoint();
        var files = Files(query, checkpoint is null ? null : state, cancellationToken);
        Diagnostics.EngineLog.Verbose($"{files.Count} log files to read.");
        var window = Math.Max(1, query.MaxConcurrentDownloads);
        var downloads = new Queue<LogFileDownload>();
        var next = 0;
        LogFileDownload? current = null;
        long handed = 0;

        try
        {
            while (true)
            {
                while (downloads.Count < window && next < files.Count)
                {
                    var file = files[next++];
                    var skip = state.PartialLogFileId == file.Id ? state.PartialRowsEmitted : 0;
                    var download = new LogFileDownload(_session, file, skip, query.DownloadAttempts, onMalformed, cancellationToken);
                    download.Start();
                    downloads.Enqueue(download);
                }
                if (downloads.Count == 0) yield break;

                current = downloads.Dequeue();
                handed = state.PartialLogFileId == current.File.Id ? state.PartialRowsEmitted : 0;
                state.PeriodIntervals[current.File.PeriodKey] = current.File.Interval;
                foreach (var e in current.Events(cancellationToken))
                {
                    handed++;
                    state.PartialLogFileId = current.File.Id;
                    state.PartialRowsEmitted = handed;
                    yield return e;
                }

                if (current.Failure is { } failure)
                {
                    // The rows that did arrive were written; the file stays partial in the checkpoint.
                    onFileFailed(failure);
                }
                else
                {
                    MarkDone(state, current.File);
                    checkpoint?.Save(state);
                }
                current.Dispose();
                current = null;
            }
        }
        finally
        {
            current?.Dispose();
            while (downloads.Count > 0) downloads.Dequeue().Dispose();
            if (checkpoint is not null)
            {
                state.Prune(DateTimeOffset.UtcNow);
                checkpoint.Save(state);
            }
        }
    }

    private static void MarkDone(UsageCheckpoint state, EventLogFileRecord file)
    {
        state.EmittedLogFiles[file.Id] = file.CreatedDate;
        state.PartialLogFileId = null;
        state.PartialRowsEmitted = 0;
        if (state.LogFileCreatedDate is null || file.CreatedDate > state.LogFileCreatedDate ||
            (file.CreatedDate == state.LogFileCreatedDate && string.CompareOrdinal(file.Id, state.LogFileId) > 0))
        {
            state.LogFileCreatedDate = file.CreatedDate;
            state.LogFileId = file.Id;
        }
    }
}
