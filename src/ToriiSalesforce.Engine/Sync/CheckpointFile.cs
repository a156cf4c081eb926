using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ToriiSalesforce.Engine.Sync;

/// <summary>
/// Reads and writes a <see cref="UsageCheckpoint"/> as JSON. Writes are atomic (a temp file beside it,
/// then a rename), so a run killed mid-write leaves the previous checkpoint intact.
/// </summary>
public sealed class CheckpointFile
{
    public CheckpointFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("-Checkpoint needs a file path.");
        Path = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (dir is not null && !Directory.Exists(dir))
            throw new ArgumentException($"The folder of the checkpoint '{Path}' does not exist. Create it, or give a path in an existing folder.");
    }

    public string Path { get; }

    public UsageCheckpoint Load()
    {
        if (!File.Exists(Path)) return new UsageCheckpoint();
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
            var c = new UsageCheckpoint
            {
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
            w.WriteNumber("formatVersion", 1);
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
    }

    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string? Str(JsonElement r, string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateTimeOffset? Date(JsonElement r, string name) => Parse(Str(r, name));

    private static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var v) ? v : null;
}
