namespace SalesforceEmulator;

/// <summary>One request the emulator answered.</summary>
public sealed record RequestLogEntry(DateTimeOffset At, string Method, string Path, string? Soql, string? SObject, int StatusCode, bool Authorized);

/// <summary>Every request, so tests can count what a command spent.</summary>
public sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<RequestLogEntry> _entries = new();

    public IReadOnlyList<RequestLogEntry> Entries
    {
        get { lock (_gate) return _entries.ToList(); }
    }

    /// <summary>query/queryAll calls including nextRecordsUrl pages, optionally only for one FROM object.</summary>
    public int QueryCalls(string? sobject = null) =>
        Count(e => (e.Path.Contains("/query", StringComparison.Ordinal)) && e.Path.StartsWith("/services/data/", StringComparison.Ordinal) &&
                   (sobject is null || string.Equals(e.SObject, sobject, StringComparison.OrdinalIgnoreCase)));

    public int Count(Func<RequestLogEntry, bool> predicate)
    {
        lock (_gate) return _entries.Count(predicate);
    }

    public void Clear()
    {
        lock (_gate) _entries.Clear();
    }

    internal void Add(RequestLogEntry entry)
    {
        lock (_gate) _entries.Add(entry);
    }
}
