using System.Globalization;
using System.Text.Json;
using SalesforceEmulator.Org;
using SalesforceEmulator.Schema;
using SalesforceEmulator.Soql;

namespace SalesforceEmulator.Rest;

/// <summary>Writes records in the REST shape: attributes first, fields in select order, parents nested (null when the lookup is empty).</summary>
public static class RecordWriter
{
    public static void Write(Utf8JsonWriter w, Row row, SObjectDef obj, SelectPlan plan, Store store, string apiVersion)
    {
        w.WriteStartObject();
        w.WriteStartObject("attributes");
        w.WriteString("type", obj.Name);
        if (!obj.IdAlwaysNull && row.TryGetValue("Id", out var id) && id is string s) w.WriteString("url", $"/services/data/v{apiVersion}/sobjects/{obj.Name}/{s}");
        w.WriteEndObject();
        foreach (var entry in plan.Entries)
        {
            switch (entry)
            {
                case SelectPlan.FieldEntry f:
                    w.WritePropertyName(f.Field.Name);
                    Value(w, f.Field.Name == "Id" && obj.IdAlwaysNull ? null : row.TryGetValue(f.Field.Name, out var v) ? v : null, f.Field.Type);
                    break;
                case SelectPlan.RelationshipEntry r:
                    w.WritePropertyName(r.Reference.RelationshipName!);
                    var parent = store.ById(row.TryGetValue(r.Reference.Name, out var pid) ? pid as string : null);
                    if (parent is null) w.WriteNullValue();
                    else Write(w, parent, r.Target, r.Plan, store, apiVersion);
                    break;
            }
        }
        w.WriteEndObject();
    }

    public static void WriteAggregate(Utf8JsonWriter w, Row row)
    {
        w.WriteStartObject();
        w.WriteStartObject("attributes");
        w.WriteString("type", "AggregateResult");
        w.WriteEndObject();
        foreach (var (key, value) in row)
        {
            w.WritePropertyName(key);
            Value(w, value, null);
        }
        w.WriteEndObject();
    }

    /// <summary>Datetimes as yyyy-MM-ddTHH:mm:ss.fff+0000 (UTC), dates as yyyy-MM-dd, numbers and booleans as JSON.</summary>
    public static void Value(Utf8JsonWriter w, object? value, string? type)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double d: w.WriteNumberValue(d); break;
            case decimal m: w.WriteNumberValue(m); break;
            case DateTimeOffset dto: w.WriteStringValue(DateTimeText(dto)); break;
            case DateTime dt when type == "date" || dt.TimeOfDay == TimeSpan.Zero && type is null: w.WriteStringValue(dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTime dt: w.WriteStringValue(DateTimeText(new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)))); break;
            default: w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    public static string DateTimeText(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);
}
