namespace ToriiSalesforce.Engine.EventLogs;

/// <summary>
/// The event types an admin asked for, as one list. Salesforce compares EventType without regard to
/// case, and a list typed as one string ("API, Login") means the same as two values, so both forms are
/// split, trimmed and de-duplicated here, keeping the spelling first given.
/// </summary>
public static class EventTypeList
{
    public static IReadOnlyList<string> Normalise(IEnumerable<string?>? eventTypes)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var value in eventTypes ?? Enumerable.Empty<string?>())
        {
            foreach (var part in (value ?? "").Split(','))
            {
                var type = part.Trim();
                if (type.Length > 0 && seen.Add(type)) result.Add(type);
            }
        }
        return result;
    }
}
