using System.Collections.Concurrent;
using System.Globalization;
using SalesforceEmulator.Org;

namespace SalesforceEmulator.EventLogs;

/// <summary>
/// The org's Event Log Files: their EventLogFile records and the specs that regenerate their content.
/// Seeds days of daily files and (where the org has them) hourly files with several Sequence parts
/// and late arrivals; tests and benchmarks add files of any size.
/// </summary>
public sealed class LogFileCatalog
{
    private readonly ConcurrentDictionary<string, LogFileSpec> _specs = new(StringComparer.Ordinal);
    private readonly OrgData _org;
    private readonly bool _hourly;
    private long _next;

    internal LogFileCatalog(OrgData org, bool hourly)
    {
        _org = org;
        _hourly = hourly;
    }

    public static readonly string[] SeededTypes = { "Login", "Logout", "API", "RestApi", "URI", "LightningPageView", "Report", "ApiTotalUsage" };

    public LogFileSpec? Spec(string id) => _specs.TryGetValue(Ids.Normalize(id), out var s) ? s : null;

    public IReadOnlyCollection<LogFileSpec> Files => _specs.Values.ToList();

    internal IReadOnlyList<EmulatedUser> ActiveUsers => _org.Users.Where(u => u.IsActive && u.UserType == "Standard").ToList();

    /// <summary>Adds a log file. <paramref name="createdDate"/> defaults to when Salesforce would publish it (daily: next day; hourly: a few hours later).</summary>
    public LogFileSpec Add(string eventType, DateTimeOffset logDate, string interval = "Daily", int sequence = 0, long rows = 50, DateTimeOffset? createdDate = null)
    {
        if (!EventTypeColumns.ByType.ContainsKey(eventType)) throw new ArgumentException($"The emulator has no column set for event type '{eventType}'.");
        if (interval == "Hourly" && !_hourly) throw new InvalidOperationException("This org has no hourly logs (HourlyLogs = false).");
        var n = Interlocked.Increment(ref _next);
        var id = Ids.Make("0AT", n);
        var created = createdDate ?? (interval == "Daily" ? logDate.AddDays(1).AddHours(3) : logDate.AddHours(4 + sequence));
        var spec = new LogFileSpec(id, eventType, logDate, interval, interval == "Daily" ? 0 : Math.Max(1, sequence), created, rows, (int)(n * 7919 % int.MaxValue));
        spec = spec with { Length = MeasureLength(spec) };
        _specs[id] = spec;

        var row = new Row
        {
            ["Id"] = id, ["EventType"] = eventType, ["LogDate"] = logDate, ["LogFileLength"] = (double)spec.Length, ["LogFileContentType"] = "CSV",
            ["LogFileFieldNames"] = EventTypeColumns.FieldNames(eventType), ["LogFileFieldTypes"] = EventTypeColumns.FieldTypes(eventType),
            ["LogFile"] = null, ["ApiVersion"] = 66.0, ["CreatedDate"] = created, ["IsDeleted"] = false,
        };
        if (_hourly)
        {
            row["Interval"] = interval;
            row["Sequence"] = spec.Sequence;
        }
        lock (_org.Store.Gate) _org.Store.Add("EventLogFile", row);
        return spec;
    }

    /// <summary>
    /// Adds a daily log file of about <paramref name="approximateBytes"/> (for benchmarks: a gigabyte is
    /// generated as it is downloaded, never held), sized from the bytes per row of a probe of the same type.
    /// </summary>
    public LogFileSpec AddOfSize(string eventType, DateTimeOffset logDate, long approximateBytes)
    {
        const long probeRows = 2000;
        var probe = new LogFileSpec("probe", eventType, logDate, "Daily", 0, logDate.AddDays(1), probeRows, 1);
        var bytesPerRow = Math.Max(1, MeasureLength(probe) / probeRows);
        return Add(eventType, logDate, "Daily", rows: Math.Max(1, approximateBytes / bytesPerRow));
    }

    /// <summary>
    /// The default files: for each of the last <paramref name="days"/> days and each seeded type, a daily file;
    /// with hourly logs, hourly files for a few working hours, one hour in two parts, and one part published a day late.
    /// </summary>
    internal void Seed(int days, DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        for (var d = days; d >= 1; d--)
        {
            var day = today.AddDays(-d);
            foreach (var type in SeededTypes)
            {
                Add(type, day, "Daily", rows: 60);
                if (!_hourly) continue;
                foreach (var hour in new[] { 8, 9, 13, 17 })
                {
                    Add(type, day.AddHours(hour), "Hourly", 1, rows: 15);
                }
                // Late data for 09:00 arrives as a second part, and for 13:00 a day later than usual.
                Add(type, day.AddHours(9), "Hourly", 2, rows: 5);
                Add(type, day.AddHours(13), "Hourly", 2, rows: 4, createdDate: day.AddDays(1).AddHours(20));
            }
        }
    }

    public void WriteCsv(TextWriter writer, LogFileSpec spec) => LogCsvWriter.Write(writer, spec, ActiveUsersOrAdmin(), _org.OrgId);

    private IReadOnlyList<EmulatedUser> ActiveUsersOrAdmin()
    {
        var users = ActiveUsers;
        return users.Count > 0 ? users : _org.Users.Take(1).ToList();
    }

    private long MeasureLength(LogFileSpec spec)
    {
        using var counter = new CountingStream();
        using (var writer = new StreamWriter(counter, new System.Text.UTF8Encoding(false), 1 << 16)) WriteCsv(writer, spec);
        return counter.Length;
    }

    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
    }

    internal static string DayKey(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
