using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using ToriiSalesforce.Engine.EventLogs;

namespace ToriiSalesforce.Engine.Sync;

/// <summary>
/// Reads and writes a <see cref="UsageCheckpoint"/> as JSON, for one <see cref="CheckpointSelection"/>:
/// loading a file recorded for another selection fails, and every save records this one beside the
/// cursor. Writes are atomic (a temp file beside it, then a rename), so a run killed mid-write leaves
/// the previous checkpoint, selection and cursor together, intact.
/// </summary>
public sealed class CheckpointFile
{
    /// <summary>2 added the selection; files of version 1 have none and are adopted by the run that loads them.</summary>
    private const int FormatVersion = 2;

    public CheckpointFile(string path, CheckpointSelection selection)
    {
        Selection = selection ?? throw new ArgumentNullException(nameof(selection));
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("-Checkpoint needs a file path.");
        Path = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (dir is not null && !Directory.Exists(dir))
            throw new ArgumentException($"The folder of the checkpoint '{Path}' does not exist. Create it, or give a path in an existing folder.");
    }

    public string Path { get; }

    /// <summary>The selection of the runs using this file.</summary>
    public CheckpointSelection Selection { get; }

    /// <summary>
    /// The saved state; a fresh one when the file does not exist yet. A file recorded for another
    /// selection throws <see cref="CheckpointSelectionMismatchException"/>; one without a recorded
    /// selection (an earlier version wrote it) loads with <see cref="UsageCheckpoint.Selection"/> null.
    /// </summary>
    public UsageCheckpoint Load()
    {
        if (!File.Exists(Path)) return new UsageCheckpoint { Selection = Selection };
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(Path));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The checkpoint '{Path}' is not valid JSON ({ex.Message}). Move it aside to start over (the next run then reads everything again).", ex);
        }
        using (doc)
        {
            var r = doc.RootElement;
            var recorded = ReadSelection(r);
            if (recorded is not null && !recorded.Equals(Selection)) throw new CheckpointSelectionMismatchException(Path, recorded, Selection);
            var c = new UsageCheckpoint
            {
                Selection = recorded,
                LoginHistoryTime = Date(r, "loginHistoryTime"),
                LogFileCreatedDate = Date(r, "logFileCreatedDate"),
                LogFileId = Str(r, "logFileId"),
                PartialLogFileId = Str(r, "partialLogFileId"),
                PartialRowsEmitted = r.TryGetProperty("partialRowsEmitted", out var p) && p.TryGetInt64(out var n) ? n : 0,
            };
            if (r.TryGetProperty("loginHistoryIdsAtTime", out var ids))
                foreach (var id in ids.EnumerateArray()) c.LoginHistoryIdsAtTime.Add(id.GetString()!);
            if (r.TryGetProperty("emittedLogFiles", out var files))
                foreach (var f in files.EnumerateObject()) c.EmittedLogFiles[f.Name] = Parse(f.Value.GetString()) ?? DateTimeOffset.MinValue;
            if (r.TryGetProperty("periodIntervals", out var periods))
                foreach (var f in periods.EnumerateObject()) c.PeriodIntervals[f.Name] = f.Value.GetString()!;
            return c;
        }
    }

    public void Save(UsageCheckpoint c)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("formatVersion", FormatVersion);
            WriteSelection(w, Selection);
            if (c.LoginHistoryTime is { } lh) w.WriteString("loginHistoryTime", Format(lh));
            w.WriteStartArray("loginHistoryIdsAtTime");
            foreach (var id in c.LoginHistoryIdsAtTime) w.WriteStringValue(id);
            w.WriteEndArray();
            if (c.LogFileCreatedDate is { } created) w.WriteString("logFileCreatedDate", Format(created));
            if (c.LogFileId is not null) w.WriteString("logFileId", c.LogFileId);
            w.WriteStartObject("emittedLogFiles");
            foreach (var kv in c.EmittedLogFiles) w.WriteString(kv.Key, Format(kv.Value));
            w.WriteEndObject();
            w.WriteStartObject("periodIntervals");
            foreach (var kv in c.PeriodIntervals) w.WriteString(kv.Key, kv.Value);
            w.WriteEndObject();
            if (c.PartialLogFileId is not null)
            {
                w.WriteString("partialLogFileId", c.PartialLogFileId);
                w.WriteNumber("partialRowsEmitted", c.PartialRowsEmitted);
            }
            w.WriteEndObject();
        }

        var temp = Path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllBytes(temp, stream.ToArray());
            if (File.Exists(Path)) File.Replace(temp, Path, null);
            else File.Move(temp, Path);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        c.Selection = Selection;
    }

    private static void WriteSelection(Utf8JsonWriter w, CheckpointSelection s)
    {
        w.WriteStartObject("selection");
        w.WriteString("source", s.Source);
        if (s.Source == CheckpointSelection.EventLogFileSource)
        {
            w.WriteStartArray("eventTypes");
            foreach (var type in s.EventTypes) w.WriteStringValue(type);
            w.WriteEndArray();
            w.WriteString("interval", s.Interval.ToString());
        }
        else
        {
            if (s.UserIds is null) w.WriteNull("userIds");
            else
            {
                w.WriteStartArray("userIds");
                foreach (var id in s.UserIds) w.WriteStringValue(id);
                w.WriteEndArray();
            }
            w.WriteBoolean("successOnly", s.SuccessOnly);
        }
        w.WriteEndObject();
    }

    /// <summary>The selection the file records, or null when it records none. One that cannot be read makes the file unusable, not unchecked.</summary>
    private CheckpointSelection? ReadSelection(JsonElement root)
    {
        if (!root.TryGetProperty("selection", out var s) || s.ValueKind == JsonValueKind.Null) return null;
        try
        {
            var source = s.GetProperty("source").GetString();
            if (string.Equals(source, CheckpointSelection.EventLogFileSource, StringComparison.OrdinalIgnoreCase))
            {
                var types = s.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()).ToList();
                var interval = (LogInterval)Enum.Parse(typeof(LogInterval), s.GetProperty("interval").GetString()!, ignoreCase: true);
                if (!Enum.IsDefined(typeof(LogInterval), interval)) throw new InvalidDataException($"unknown interval '{interval}'");
                return CheckpointSelection.ForEventLogFiles(types, interval);
            }
            if (string.Equals(source, CheckpointSelection.LoginHistorySource, StringComparison.OrdinalIgnoreCase))
            {
                var ids = s.TryGetProperty("userIds", out var u) && u.ValueKind == JsonValueKind.Array ? u.EnumerateArray().Select(i => i.GetString()!).ToList() : null;
                return CheckpointSelection.ForLoginHistory(ids, s.TryGetProperty("successOnly", out var o) && o.GetBoolean());
            }
            throw new InvalidDataException($"unknown source '{source}'");
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or ArgumentException or InvalidDataException)
        {
            throw new InvalidDataException($"The checkpoint '{Path}' records a selection that cannot be read ({ex.Message}). Move it aside to start over (the next run then reads everything again).", ex);
        }
    }

    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string? Str(JsonElement r, string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateTimeOffset? Date(JsonElement r, string name) => Parse(Str(r, name));

    private static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var v) ? v : null;
}
