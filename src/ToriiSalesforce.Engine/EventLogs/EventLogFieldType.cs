using System.Globalization;

namespace ToriiSalesforce.Engine.EventLogs;

/// <summary>The column types LogFileFieldTypes names (salesforce-api.md 6.2), and how each value is converted.</summary>
public enum EventLogFieldType
{
    String,
    Id,
    Number,
    DateTime,
    IP,
    Boolean,
    EscapedString,
    Set,
}

internal static class EventLogFieldTypes
{
    /// <summary>Parses a LogFileFieldTypes list ("String,Id,Number,..."); unknown words read as String.</summary>
    public static EventLogFieldType[] Parse(string? fieldTypes, int count)
    {
        var result = new EventLogFieldType[count];
        if (string.IsNullOrEmpty(fieldTypes)) return result;
        var parts = fieldTypes!.Split(',');
        for (var i = 0; i < count && i < parts.Length; i++)
        {
            result[i] = Enum.TryParse<EventLogFieldType>(parts[i].Trim(), ignoreCase: true, out var t) ? t : EventLogFieldType.String;
        }
        return result;
    }

    /// <summary>
    /// Types for a file read from disk, where LogFileFieldTypes is not at hand: the columns whose type
    /// is the same in every event type, by name; everything else stays text.
    /// </summary>
    public static EventLogFieldType Infer(string column)
    {
        switch (column)
        {
            case "TIMESTAMP":
            case "TIMESTAMP_DERIVED":
                return EventLogFieldType.DateTime;
            case "USER_ID":
            case "USER_ID_DERIVED":
            case "ORGANIZATION_ID":
            case "URI_ID_DERIVED":
                return EventLogFieldType.Id;
            case "CLIENT_IP":
            case "SOURCE_IP":
                return EventLogFieldType.IP;
        }
        if (column.EndsWith("_TIME", StringComparison.Ordinal) || column.EndsWith("_SIZE", StringComparison.Ordinal) ||
            column.EndsWith("_COUNT", StringComparison.Ordinal) || column == "ROWS_PROCESSED" || column == "DB_BLOCKS" ||
            column == "NUMBER_FIELDS" || column == "NUMBER_SOQL_QUERIES" || column == "NUMBER_BUCKETS" || column == "NUMBER_COLUMNS")
            return EventLogFieldType.Number;
        return EventLogFieldType.String;
    }

    /// <summary>Converts one value; empty values are null. Returns false when the text does not fit the type.</summary>
    public static bool TryConvert(string raw, EventLogFieldType type, out object? value)
    {
        if (raw.Length == 0)
        {
            value = null;
            return true;
        }
        switch (type)
        {
            case EventLogFieldType.Number:
                if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    value = number;
                    return true;
                }
                break;
            case EventLogFieldType.DateTime:
                if (TryParseTimestamp(raw, out var instant))
                {
                    value = instant;
                    return true;
                }
                break;
            case EventLogFieldType.Boolean:
                if (raw == "1" || string.Equals(raw, "true", StringComparison.OrdinalIgnoreCase)) { value = true; return true; }
                if (raw == "0" || string.Equals(raw, "false", StringComparison.OrdinalIgnoreCase)) { value = false; return true; }
                break;
            default:
                value = raw;
                return true;
        }
        value = raw;
        return false;
    }

    /// <summary>TIMESTAMP (yyyyMMddHHmmss.fff, GMT) or TIMESTAMP_DERIVED (ISO 8601 with Z), as a UTC instant.</summary>
    public static bool TryParseTimestamp(string raw, out DateTimeOffset value)
    {
        if (raw.Length >= 14 && raw.Length <= 18 && raw.IndexOf('-') < 0 &&
            DateTimeOffset.TryParseExact(raw, CompactFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value))
            return true;
        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value))
            return true;
        value = default;
        return false;
    }

    private static readonly string[] CompactFormats = { "yyyyMMddHHmmss.fff", "yyyyMMddHHmmss", "yyyyMMddHHmmss.ff", "yyyyMMddHHmmss.f" };
}
