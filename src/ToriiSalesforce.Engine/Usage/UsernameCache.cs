using ToriiSalesforce.Engine.Query;

namespace ToriiSalesforce.Engine.Usage;

/// <summary>
/// Usernames for user ids met in usage data, looked up in batches as new ids appear (LoginHistory and
/// log files carry ids only). Holds one entry per distinct user, never per event.
/// </summary>
internal sealed class UsernameCache
{
    private const int IdsPerQuery = 200; // keeps the query URL far below Salesforce's 16,384-byte limit

    private readonly SalesforceSession _session;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _names = new(StringComparer.Ordinal);
    private volatile bool _unavailable;

    public UsernameCache(SalesforceSession session) => _session = session;

    /// <summary>Looks up every id not yet known, in as few queries as possible. Safe to call from a prefetching thread.</summary>
    public void Resolve(IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        if (_unavailable) return;
        var missing = userIds.Where(id => id is not null && !_names.ContainsKey(id!)).Select(id => id!).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < missing.Count; i += IdsPerQuery)
        {
            var chunk = missing.Skip(i).Take(IdsPerQuery).ToList();
            foreach (var id in chunk) _names[id] = null;
            try
            {
                foreach (var (id, name) in _session.Query($"SELECT Id, Username FROM User WHERE Id IN {Soql.InList(chunk)}",
                             r => (SalesforceJson.String(r, "Id"), SalesforceJson.String(r, "Username")), "Looking up usernames", cancellationToken))
                {
                    if (id is not null) _names[id] = name;
                }
            }
            catch (Http.SalesforceApiException ex) when (ex.Kind == Http.SalesforceErrorKind.PermissionDenied)
            {
                _unavailable = true;
                Diagnostics.EngineLog.Warning($"Usernames cannot be looked up ({ex.ErrorCode}); Username stays empty. {ex.Remediation}");
                return;
            }
        }
    }

    public string? this[string? userId] => userId is not null && _names.TryGetValue(userId, out var name) ? name : null;
}
