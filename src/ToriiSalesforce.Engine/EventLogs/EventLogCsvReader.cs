using System.Globalization;
using System.IO;
using CsvHelper;
using CsvHelper.Configuration;

namespace ToriiSalesforce.Engine.EventLogs;

/// <summary>
/// Streams the rows of an Event Log File CSV (salesforce-api.md 6.2) as they are read: nothing but the
/// current row is held, so a gigabyte file parses in flat memory. Rows that do not fit the header are
/// reported through a callback and skipped; a value wrapped in an extra pair of quotes (Salesforce's
/// triple-quote marking) is unwrapped.
/// </summary>
public static class EventLogCsvReader
{
    public static IEnumerable<EventLogEvent> Read(TextReader text, EventLogSource source, Action<MalformedEventLogRow> onMalformed, CancellationToken cancellationToken)
    {
        string? badData = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            BadDataFound = args => badData ??= "a quote inside an unquoted value",
            MissingFieldFound = null,
            // CsvHelper's field cache keeps every distinct value it meets; request ids and timestamps are
            // all distinct, so the cache would grow with the file (measured: 190 MB peak on 100 MB, against 59 MB without).
            CacheFields = false,
        };

        using var parser = new CsvParser(text, config, leaveOpen: true);
        if (!parser.Read()) yield break;
        var header = new string[parser.Count];
        for (var i = 0; i < header.Length; i++) header[i] = parser[i].Trim();
        var types = source.FieldTypes is null
            ? header.Select(EventLogFieldTypes.Infer).ToArray()
            : EventLogFieldTypes.Parse(source.FieldTypes, header.Length);
        var schema = new EventLogSchema(header, types);

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool more;
            string? failure = null;
            try
            {
                more = parser.Read();
            }
            catch (CsvHelperException ex)
            {
                more = false;
                failure = "the CSV is malformed: " + FirstLine(ex.Message);
            }
            if (failure is not null)
            {
                onMalformed(new MalformedEventLogRow(source.Name, parser.RawRow, failure));
                yield break;
            }
            if (!more) yield break;

            var line = parser.RawRow;
            if (badData is not null)
            {
                onMalformed(new MalformedEventLogRow(source.Name, line, badData));
                badData = null;
                continue;
            }
            if (parser.Count != header.Length)
            {
                onMalformed(new MalformedEventLogRow(source.Name, line, $"the row has {parser.Count} values but the header has {header.Length} columns"));
                continue;
            }

            var values = new object?[header.Length];
            string? typeError = null;
            for (var i = 0; i < values.Length; i++)
            {
                var raw = Unwrap(parser[i]);
                if (!EventLogFieldTypes.TryConvert(raw, types[i], out values[i]) && typeError is null)
                    typeError = $"column {header[i]} holds '{raw}', which is not a {types[i]}";
            }
            if (typeError is not null)
            {
                onMalformed(new MalformedEventLogRow(source.Name, line, typeError));
                continue;
            }
            yield return new EventLogEvent(schema, values, source, line);
        }
    }

    /// <summary>"\"value\"" (what RFC 4180 leaves of Salesforce's triple-quoted values) becomes "value".</summary>
    private static string Unwrap(string value) =>
        value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"' ? value.Substring(1, value.Length - 2) : value;

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n');
        return (end < 0 ? message : message.Substring(0, end)).Trim();
    }
}
