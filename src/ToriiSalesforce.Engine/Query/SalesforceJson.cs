using System.Globalization;
using System.Text.Json;

namespace ToriiSalesforce.Engine.Query;

/// <summary>Reads values out of REST records: nested relationship paths, Salesforce datetimes, nulls.</summary>
internal static class SalesforceJson
{
    /// <summary>Follows a dotted path ("Profile.UserLicense.Name"); null when any step is missing or null.</summary>
    public static JsonElement? Path(JsonElement record, string path)
    {
        var current = record;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out var next) || next.ValueKind == JsonValueKind.Null)
                return null;
            current = next;
        }
        return current;
    }

    public static string? String(JsonElement record, string path)
    {
        var value = Path(record, path);
        return value?.ValueKind == JsonValueKind.String ? value.Value.GetString() : value?.ToString();
    }

    public static bool? Bool(JsonElement record, string path)
    {
        var value = Path(record, path);
        return value?.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };
    }

    /// <summary>
    /// Parses "2024-01-02T03:04:05.000+0000" (REST datetime: UTC, offset without a colon) to a UTC instant.
    /// </summary>
    public static DateTimeOffset? DateTime(JsonElement record, string path)
    {
        var text = String(record, path);
        return ParseDateTime(text);
    }

    public static DateTimeOffset? ParseDateTime(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return parsed.ToUniversalTime();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed))
            return parsed.ToUniversalTime();
        throw new FormatException($"'{text}' is not a Salesforce datetime.");
    }

    private static readonly string[] Formats =
    {
        "yyyy-MM-dd'T'HH:mm:ss.fffzzz",
        "yyyy-MM-dd'T'HH:mm:ss.fff'+0000'",
        "yyyy-MM-dd'T'HH:mm:ss.fffK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd",
    };
}
