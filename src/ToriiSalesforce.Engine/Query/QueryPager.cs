using System.Collections;
using System.Globalization;
using System.Text.Json;
using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Engine.Query;

/// <summary>
/// A query's rows as a lazy, synchronous sequence for a cmdlet's pipeline thread. Pages are fetched by
/// following nextRecordsUrl; once the consumer is halfway through a page, the next page is requested in
/// the background, so output and paging overlap while at most two pages are held in memory. A consumer
/// that stops early (Select-Object -First) never causes a page it did not need: stopping disposes the
/// enumerator, which cancels any fetch in flight.
/// </summary>
internal sealed class QueryPager<T> : IEnumerable<T>
{
    private readonly SalesforceHttpClient _http;
    private readonly string _firstUrl;
    private readonly IReadOnlyDictionary<string, string> _headers;
    private readonly Func<JsonElement, T> _map;
    private readonly string _what;
    private readonly CancellationToken _cancellationToken;

    public QueryPager(SalesforceHttpClient http, string apiVersion, string soql, int pageSize, Func<JsonElement, T> map,
        string what, CancellationToken cancellationToken, bool queryAll = false)
    {
        if (pageSize < 200 || pageSize > 2000)
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "The page size must be between 200 and 2000 (Salesforce's batchSize range).");
        _http = http;
        _firstUrl = $"/services/data/v{apiVersion}/{(queryAll ? "queryAll" : "query")}?q={Uri.EscapeDataString(soql)}";
        _headers = new Dictionary<string, string> { ["Sforce-Query-Options"] = "batchSize=" + pageSize.ToString(CultureInfo.InvariantCulture) };
        _map = map;
        _what = what;
        _cancellationToken = cancellationToken;
        Soql = soql;
    }

    /// <summary>The query, for verbose output.</summary>
    public string Soql { get; }

    /// <summary>Called (on the fetching thread) after each page arrives.</summary>
    public Action<QueryPage<T>>? PageFetched { get; set; }

    public IEnumerator<T> GetEnumerator() => Enumerate().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<T> Enumerate()
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken);
        Task<QueryPage<T>>? prefetch = null;
        try
        {
            var page = Wait(FetchAsync(_firstUrl, cts.Token));
            while (true)
            {
                var halfway = page.Records.Count / 2;
                var nextUrl = page.NextRecordsUrl;
                for (var i = 0; i < page.Records.Count; i++)
                {
                    if (prefetch is null && nextUrl is not null && i >= halfway)
                    {
                        var url = nextUrl;
                        prefetch = Task.Run(() => FetchAsync(url, cts.Token));
                    }
                    yield return page.Records[i];
                }

                if (nextUrl is null) yield break;
                var next = prefetch ?? FetchAsync(nextUrl, cts.Token);
                prefetch = null;
                page = Wait(next);
            }
        }
        finally
        {
            cts.Cancel();
            // A prefetch abandoned by an early stop must not surface later as an unobserved exception.
            prefetch?.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
            cts.Dispose();
        }
    }

    private static QueryPage<T> Wait(Task<QueryPage<T>> task) => task.GetAwaiter().GetResult();

    private async Task<QueryPage<T>> FetchAsync(string url, CancellationToken cancellationToken)
    {
        using var doc = await _http.GetJsonAsync(url, _what, _headers, cancellationToken).ConfigureAwait(false);
        var root = doc.RootElement;
        var records = root.GetProperty("records");
        var mapped = new List<T>(records.GetArrayLength());
        foreach (var record in records.EnumerateArray()) mapped.Add(_map(record));

        var done = root.TryGetProperty("done", out var d) && d.ValueKind == JsonValueKind.True;
        string? next = null;
        if (!done && root.TryGetProperty("nextRecordsUrl", out var n) && n.ValueKind == JsonValueKind.String) next = n.GetString();
        var total = root.TryGetProperty("totalSize", out var t) && t.TryGetInt64(out var size) ? size : mapped.Count;

        var page = new QueryPage<T>(mapped, next, total);
        PageFetched?.Invoke(page);
        return page;
    }
}
