namespace ToriiSalesforce.Engine.EventLogs;

/// <summary>
/// One row of an Event Log File: the common properties typed (UTC timestamp, 18-character user id),
/// and every column of the file under its own name, typed by LogFileFieldTypes.
/// </summary>
public sealed class EventLogEvent
{
    private readonly object?[] _values;

    internal EventLogEvent(EventLogSchema schema, object?[] values, EventLogSource source, long line)
    {
        Schema = schema;
        _values = values;
        Source = source;
        Line = line;
    }

    public EventLogSchema Schema { get; }
    public EventLogSource Source { get; }

    /// <summary>The line of the file the row starts on (the header is line 1).</summary>
    public long Line { get; }

    public string? EventType => Text(Schema.EventType) ?? Source.EventType;

    /// <summary>From TIMESTAMP_DERIVED, else TIMESTAMP; always UTC.</summary>
    public DateTimeOffset? Timestamp => Instant(Schema.TimestampDerived) ?? Instant(Schema.Timestamp);

    /// <summary>18 characters: USER_ID_DERIVED, else USER_ID converted.</summary>
    public string? UserId => Text(Schema.UserIdDerived) ?? SalesforceId.To18(Text(Schema.UserId));

    public string? ClientIp => Text(Schema.ClientIp);
    public string? RequestId => Text(Schema.RequestId);
    public string? SessionKey => Text(Schema.SessionKey);
    public string? LoginKey => Text(Schema.LoginKey);
    public string? Uri => Text(Schema.Uri);

    /// <summary>A column's typed value by name (null when empty or absent).</summary>
    public object? this[string column] => Schema.Index.TryGetValue(column, out var i) ? _values[i] : null;

    /// <summary>The typed values in column order.</summary>
    public IReadOnlyList<object?> Values => _values;

    private string? Text(int index) => index >= 0 ? _values[index] as string ?? _values[index]?.ToString() : null;

    private DateTimeOffset? Instant(int index) => index >= 0 && _values[index] is DateTimeOffset d ? d : null;
}
