using System.Collections.Concurrent;
using System.IO;
using System.Net.Http;
using System.Text;
using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Engine.EventLogs;

/// <summary>
/// Downloads one log file in the background and parses it as the bytes arrive, handing events to the
/// consumer through a small bounded buffer (so memory stays flat however big the file is, and a slow
/// consumer slows the download instead of filling memory). A download that breaks off, or whose
/// length differs from LogFileLength, is retried; rows already handed over are skipped on the retry,
/// so nothing is repeated, and a file that never completes ends in an error, never as a silent partial.
/// </summary>
internal sealed class LogFileDownload : IDisposable
{
    private const int BufferedEvents = 1000;

    private readonly SalesforceSession _session;
    private readonly EventLogFileRecord _file;
    private readonly long _skipRows;
    private readonly int _attempts;
    private readonly Action<MalformedEventLogRow> _onMalformed;
    private readonly BlockingCollection<EventLogEvent> _buffer = new(BufferedEvents);
    private readonly CancellationTokenSource _cts;
    private Task? _producer;

    public LogFileDownload(SalesforceSession session, EventLogFileRecord file, long skipRows, int attempts, Action<MalformedEventLogRow> onMalformed, CancellationToken cancellationToken)
    {
        _session = session;
        _file = file;
        _skipRows = skipRows;
        _attempts = Math.Max(1, attempts);
        _onMalformed = onMalformed;
        _cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    public EventLogFileRecord File => _file;

    /// <summary>Set when the file could not be read completely: the consumer reports it after the events that did arrive.</summary>
    public Exception? Failure { get; private set; }

    public void Start() => _producer ??= Task.Run(ProduceAsync);

    /// <summary>The file's events in file order, as they are parsed.</summary>
    public IEnumerable<EventLogEvent> Events(CancellationToken cancellationToken)
    {
        Start();
        return _buffer.GetConsumingEnumerable(cancellationToken);
    }

    private async Task ProduceAsync()
    {
        var produced = _skipRows; // rows handed over, over every attempt (and earlier runs, from the checkpoint)
        var reportedLine = 0L;   // malformed rows already reported (a retry re-reads them)
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await ReadOnceAsync(produced, reportedLine, (p, line) => { produced = p; reportedLine = Math.Max(reportedLine, line); }).ConfigureAwait(false);
                    return;
                }
                catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidDataException or SalesforceApiException { Kind: SalesforceErrorKind.Unavailable }
                                           && !_cts.IsCancellationRequested)
                {
                    if (attempt >= _attempts)
                    {
                        Failure = new SalesforceApiException(0, "LOG_FILE_INCOMPLETE",
                            $"Log file {_file.Id} ({_file.EventType}, {_file.LogDate:yyyy-MM-dd HH:mm} UTC, {_file.Interval}) could not be read completely after {attempt} attempts: {ex.Message}. {produced} of its rows were written.",
                            "Run the command again later; with -Checkpoint the next run resumes this file after the rows already written.", ex);
                        return;
                    }
                    Diagnostics.EngineLog.Verbose($"Log file {_file.Id}: {ex.Message}; downloading it again (attempt {attempt + 1} of {_attempts}), skipping the {produced} rows already written.");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The consumer stopped: nothing more to produce.
        }
        catch (Exception ex)
        {
            Failure = ex;
        }
        finally
        {
            _buffer.CompleteAdding();
        }
    }

    /// <summary>One download attempt; throws <see cref="InvalidDataException"/> when it ends short of LogFileLength.</summary>
    private async Task<long> ReadOnceAsync(long alreadyProduced, long alreadyReportedLine, Action<long, long> progress)
    {
        var path = $"/services/data/v{_session.ApiVersion}/sobjects/EventLogFile/{_file.Id}/LogFile";
        using var response = await _session.Http.SendAsync(HttpMethod.Get, path, null, $"Downloading log file {_file.Id}", null, _cts.Token).ConfigureAwait(false);
        using var counting = new CountingStream(await response.Content.ReadAsStreamAsync().ConfigureAwait(false));
        using var reader = new StreamReader(counting, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);

        var source = new EventLogSource
        {
            Name = $"log file {_file.Id} ({_file.EventType} {_file.LogDate:yyyy-MM-dd HH:mm})",
            LogFileId = _file.Id,
            EventType = _file.EventType,
            LogDate = _file.LogDate,
            Interval = _file.Interval,
            Sequence = _file.Sequence,
            FieldTypes = _file.FieldTypes,
        };
        var rows = 0L;
        var produced = alreadyProduced;
        var reported = alreadyReportedLine;
        // The newest row and the bad rows after it are held back until the next row arrives or the
        // download proves complete: the last row of a download cut short is a fragment (it may even
        // parse as a whole row with its last value cut), and must neither be written nor reported as
        // malformed; the retry reads it whole.
        EventLogEvent? held = null;
        var heldBad = new List<MalformedEventLogRow>();
        void Release()
        {
            if (held is not null)
            {
                _buffer.Add(held, _cts.Token);
                produced++;
                held = null;
            }
            foreach (var bad in heldBad)
            {
                reported = Math.Max(reported, bad.Line);
                _onMalformed(bad);
            }
            heldBad.Clear();
            progress(produced, reported);
        }

        foreach (var e in EventLogCsvReader.Read(reader, source, bad =>
                 {
                     if (bad.Line > reported) heldBad.Add(bad);
                 }, _cts.Token))
        {
            rows++;
            if (rows <= produced)
            {
                // Handed over by an earlier attempt or run, and so were the bad rows before it.
                heldBad.Clear();
                continue;
            }
            Release();
            held = e;
        }

        var bytes = counting.BytesRead;
        if (_file.LogFileLength > 0 && bytes != _file.LogFileLength)
            throw new InvalidDataException($"the download has {bytes} bytes but LogFileLength says {_file.LogFileLength}");
        Release();
        return bytes;
    }

    public void Dispose()
    {
        _cts.Cancel();
        try
        {
            _producer?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Already recorded in Failure, or a cancellation.
        }
        _cts.Dispose();
        _buffer.Dispose();
    }
}
