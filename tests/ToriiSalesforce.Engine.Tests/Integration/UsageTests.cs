using SalesforceEmulator;
using ToriiSalesforce.Engine.EventLogs;
using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Sync;
using ToriiSalesforce.Engine.Usage;
using static ToriiSalesforce.Engine.Tests.Integration.EngineHarness;

namespace ToriiSalesforce.Engine.Tests.Integration;

public sealed class UsageTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "torii-usage-" + Guid.NewGuid().ToString("N"));

    public UsageTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<EventLogEvent> ReadAll(SalesforceSession session, EventLogFileQuery query, CheckpointFile? checkpoint = null, List<MalformedEventLogRow>? bad = null, List<Exception>? failed = null) =>
        session.EventLogFiles.Read(query, checkpoint, r => bad?.Add(r), e => failed?.Add(e), CancellationToken.None).ToList();

    [Fact]
    public async Task Auto_prefers_hourly_files_and_never_counts_a_day_twice()
    {
        await using var server = await StartAsync(users: 60);
        var session = await ConnectAsync(RefreshFlow(server));
        var query = new EventLogFileQuery { EventTypes = new[] { "Login" } };

        var files = session.EventLogFiles.Files(query, null, CancellationToken.None);
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Equal("Hourly", f.Interval));
        var events = ReadAll(session, query);
        var expected = server.Logs.Files.Where(f => f.EventType == "Login" && f.Interval == "Hourly").Sum(f => f.Rows);
        Assert.Equal(expected, events.Count);
        Assert.Equal(events.Count, events.Select(e => (e.Source.LogFileId, e.Line)).Distinct().Count());

        var daily = ReadAll(session, new EventLogFileQuery { EventTypes = new[] { "Login" }, Interval = LogInterval.Daily });
        Assert.Equal(server.Logs.Files.Where(f => f.EventType == "Login" && f.Interval == "Daily").Sum(f => f.Rows), daily.Count);
    }

    [Fact]
    public async Task Events_are_typed_utc_and_come_in_file_order_with_several_downloads_at_once()
    {
        await using var server = await StartAsync(users: 60);
        var session = await ConnectAsync(RefreshFlow(server));
        var query = new EventLogFileQuery { EventTypes = new[] { "API", "RestApi" }, MaxConcurrentDownloads = 4 };

        var files = session.EventLogFiles.Files(query, null, CancellationToken.None);
        var events = ReadAll(session, query);

        var order = events.Select(e => e.Source.LogFileId).Distinct().ToList();
        Assert.Equal(files.Select(f => f.Id), order);
        Assert.All(events, e =>
        {
            Assert.Equal(TimeSpan.Zero, e.Timestamp!.Value.Offset);
            Assert.Equal(18, e.UserId!.Length);
            Assert.IsType<double>(e["RUN_TIME"]);
        });
    }

    [Fact]
    public async Task A_checkpoint_returns_only_what_is_new_including_late_files()
    {
        await using var server = await StartAsync(users: 40);
        var session = await ConnectAsync(RefreshFlow(server));
        var checkpoint = new CheckpointFile(Path.Combine(_dir, "elf.json"));
        var query = new EventLogFileQuery { EventTypes = new[] { "Logout" } };

        var first = ReadAll(session, query, checkpoint);
        Assert.NotEmpty(first);
        Assert.Empty(ReadAll(session, query, checkpoint));

        // A late part for an hour already read, published after the first run.
        var late = server.Logs.Files.First(f => f.EventType == "Logout" && f.Interval == "Hourly");
        var added = server.Logs.Add("Logout", late.LogDate, "Hourly", sequence: 3, rows: 7, createdDate: DateTimeOffset.UtcNow);
        var second = ReadAll(session, query, checkpoint);
        Assert.Equal(7, second.Count);
        Assert.All(second, e => Assert.Equal(added.Id, e.Source.LogFileId));
    }

    [Fact]
    public async Task A_run_stopped_mid_file_loses_nothing_and_repeats_nothing()
    {
        await using var server = await StartAsync(users: 40);
        var session = await ConnectAsync(RefreshFlow(server));
        var checkpoint = new CheckpointFile(Path.Combine(_dir, "stop.json"));
        var query = new EventLogFileQuery { EventTypes = new[] { "URI" }, Interval = LogInterval.Daily };
        var all = ReadAll(session, query).Select(e => (e.Source.LogFileId, e.Line)).ToList();

        var part = session.EventLogFiles.Read(query, checkpoint, _ => { }, _ => { }, CancellationToken.None).Take(37).Select(e => (e.Source.LogFileId, e.Line)).ToList();
        var rest = ReadAll(session, query, checkpoint).Select(e => (e.Source.LogFileId, e.Line)).ToList();

        Assert.Equal(all, part.Concat(rest).ToList());
    }

    [Fact]
    public async Task Short_and_broken_downloads_are_retried_and_never_emitted_partially()
    {
        await using var server = await StartAsync(users: 40);
        var session = await ConnectAsync(RefreshFlow(server));
        var query = new EventLogFileQuery { EventTypes = new[] { "Report" }, Interval = LogInterval.Daily, MaxConcurrentDownloads = 1 };
        var expected = ReadAll(session, query).Select(e => (e.Source.LogFileId, e.Line)).ToList();

        server.Faults.TruncateNextLogFile(900);
        var failed = new List<Exception>();
        var afterTruncation = ReadAll(session, query, failed: failed).Select(e => (e.Source.LogFileId, e.Line)).ToList();
        Assert.Empty(failed);
        Assert.Equal(expected, afterTruncation);

        server.Faults.BreakNextLogFiles(1, 1500);
        var afterBreak = ReadAll(session, query, failed: failed).Select(e => (e.Source.LogFileId, e.Line)).ToList();
        Assert.Empty(failed);
        Assert.Equal(expected, afterBreak);

        // A download that keeps breaking (more often than transport retries and download attempts together) is given up, loudly.
        server.Faults.BreakNextLogFiles(100, 1500);
        _ = ReadAll(session, query, failed: failed);
        Assert.Equal(2, failed.Count); // both Report files of the two days
        Assert.All(failed, f =>
        {
            var error = Assert.IsType<SalesforceApiException>(f);
            Assert.Equal("LOG_FILE_INCOMPLETE", error.ErrorCode);
            Assert.Contains("could not be read completely", error.Message);
        });
    }

    /// <summary>A row as a user sees it: where it came from and every value, so a value cut short shows up.</summary>
    private static string Whole(EventLogEvent e) =>
        e.Source.LogFileId + ":" + e.Line + ":" + string.Join("|", e.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("between two values")]
    [InlineData("inside the last value")]
    public async Task A_download_that_ends_cleanly_inside_a_row_is_retried_without_a_malformed_row_or_a_cut_value(string where)
    {
        await using var server = await StartAsync(users: 40);
        var session = await ConnectAsync(RefreshFlow(server));
        var query = new EventLogFileQuery { EventTypes = new[] { "Report" }, Interval = LogInterval.Daily, MaxConcurrentDownloads = 1 };
        var expected = ReadAll(session, query).Select(Whole).ToList();

        // The cut falls in the third row of the first file read: mid-row, or three characters before its end,
        // where the reader at end of input sees a row with every column and the last value shortened.
        var first = server.Logs.Spec(ReadAll(session, query)[0].Source.LogFileId!)!;
        var csv = new StringWriter();
        server.Logs.WriteCsv(csv, first);
        var text = csv.ToString();
        var thirdRowStart = IndexOfNth(text, '\n', 2) + 1;
        var thirdRowEnd = IndexOfNth(text, '\n', 3);
        var cut = where == "inside the last value"
            ? thirdRowEnd - 3
            : text.IndexOf("\",\"", thirdRowStart + (thirdRowEnd - thirdRowStart) / 2, StringComparison.Ordinal) + 1;
        Assert.InRange(cut, thirdRowStart + 1, thirdRowEnd - 1);

        server.Faults.TruncateNextLogFile(cut);
        var bad = new List<MalformedEventLogRow>();
        var failed = new List<Exception>();
        var events = ReadAll(session, query, bad: bad, failed: failed).Select(Whole).ToList();

        Assert.Empty(bad);
        Assert.Empty(failed);
        Assert.Equal(expected, events);
    }

    private static int IndexOfNth(string text, char c, int n)
    {
        var at = -1;
        for (var i = 0; i < n; i++) at = text.IndexOf(c, at + 1);
        return at;
    }

    [Fact]
    public async Task An_org_without_hourly_logs_works_and_never_asks_for_interval()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 40, HourlyLogs = false });
        var session = await ConnectAsync(RefreshFlow(server));

        Assert.False(session.EventLogFiles.OrgHasHourlyLogs(CancellationToken.None));
        var events = ReadAll(session, new EventLogFileQuery { EventTypes = new[] { "Login" } });
        Assert.Equal(server.Logs.Files.Where(f => f.EventType == "Login").Sum(f => f.Rows), events.Count);
        Assert.DoesNotContain(server.Requests.Entries, e => e.Soql?.Contains("Interval") == true);

        var ex = Assert.Throws<SalesforceApiException>(() => ReadAll(session, new EventLogFileQuery { Interval = LogInterval.Hourly }));
        Assert.Equal("HOURLY_LOGS_UNAVAILABLE", ex.ErrorCode);
    }

    [Fact]
    public async Task Login_history_streams_in_time_order_filters_failures_and_resumes_from_a_checkpoint()
    {
        await using var server = await StartAsync(users: 80);
        var session = await ConnectAsync(RefreshFlow(server));
        var checkpoint = new CheckpointFile(Path.Combine(_dir, "lh.json"));

        var all = session.LoginHistory.Read(new LoginHistoryQuery { PageSize = 200 }, null, CancellationToken.None).ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all.OrderBy(l => l.LoginTime).ThenBy(l => l.Id, StringComparer.Ordinal).Select(l => l.Id), all.Select(l => l.Id));
        Assert.All(all, l => Assert.NotNull(l.Username));
        Assert.Contains(all, l => !l.IsSuccess);

        var successes = session.LoginHistory.Read(new LoginHistoryQuery { SuccessOnly = true }, null, CancellationToken.None).ToList();
        Assert.Equal(all.Count(l => l.IsSuccess), successes.Count);

        var firstPart = session.LoginHistory.Read(new LoginHistoryQuery(), checkpoint, CancellationToken.None).Take(25).Select(l => l.Id).ToList();
        var rest = session.LoginHistory.Read(new LoginHistoryQuery(), checkpoint, CancellationToken.None).Select(l => l.Id).ToList();
        Assert.Equal(all.Select(l => l.Id), firstPart.Concat(rest));
        Assert.Empty(session.LoginHistory.Read(new LoginHistoryQuery(), checkpoint, CancellationToken.None));
    }

    [Fact]
    public async Task Summary_takes_last_activity_from_successful_logins_and_log_events()
    {
        await using var server = await StartAsync(users: 40);
        var session = await ConnectAsync(RefreshFlow(server));
        var summary = new UsageSummarizer();
        foreach (var login in session.LoginHistory.Read(new LoginHistoryQuery(), null, CancellationToken.None)) summary.Add(login);
        foreach (var e in ReadAll(session, new EventLogFileQuery { EventTypes = new[] { "API" } })) summary.Add(e);

        var rows = summary.Results().ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.True(row.LastActivity >= row.LastSuccessfulLogin || row.LastSuccessfulLogin is null);
            if (row.LogEvents > 0) Assert.Contains("API=", row.EventCounts);
        }
        Assert.Equal(rows.OrderByDescending(r => r.LastActivity).Select(r => r.UserId), rows.Select(r => r.UserId));
    }
}
