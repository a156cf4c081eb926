using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SalesforceEmulator.Rest;

/// <summary>Open server-side cursors by locator (01g...).</summary>
internal sealed class Cursors
{
    private readonly ConcurrentDictionary<string, QueryCursor> _open = new(StringComparer.Ordinal);
    private long _next = RandomNumberGenerator.GetInt32(1, 1_000_000);

    public string NewLocator() => Ids.Make("01g", Interlocked.Increment(ref _next));

    public void Add(QueryCursor cursor) => _open[cursor.Locator] = cursor;

    public QueryCursor? Get(string locator) => _open.TryGetValue(locator, out var c) ? c : null;

    public void Close(string locator) => _open.TryRemove(locator, out _);
}
