namespace ToriiSalesforce.Engine.EventLogs;

/// <summary>
/// The columns of one log file, read from its header: columns change between releases, so every
/// value is found by name, never by position. Shared by all the file's events.
/// </summary>
public sealed class EventLogSchema
{
    internal EventLogSchema(string[] columns, EventLogFieldType[] types)
    {
        Columns = columns;
        Types = types;
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++)
        {
            if (!index.ContainsKey(columns[i])) index[columns[i]] = i;
        }
        Index = index;
        EventType = Find("EVENT_TYPE");
        Timestamp = Find("TIMESTAMP");
        TimestampDerived = Find("TIMESTAMP_DERIVED");
        UserId = Find("USER_ID");
        UserIdDerived = Find("USER_ID_DERIVED");
        ClientIp = Find("CLIENT_IP");
        RequestId = Find("REQUEST_ID");
        SessionKey = Find("SESSION_KEY");
        LoginKey = Find("LOGIN_KEY");
        Uri = Find("URI");
    }

    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<EventLogFieldType> Types { get; }
    internal IReadOnlyDictionary<string, int> Index { get; }

    internal int EventType { get; }
    internal int Timestamp { get; }
    internal int TimestampDerived { get; }
    internal int UserId { get; }
    internal int UserIdDerived { get; }
    internal int ClientIp { get; }
    internal int RequestId { get; }
    internal int SessionKey { get; }
    internal int LoginKey { get; }
    internal int Uri { get; }

    private int Find(string column) => Index.TryGetValue(column, out var i) ? i : -1;
}
