using ToriiSalesforce.Engine.EventLogs;

namespace ToriiSalesforce.Engine.Sync;

/// <summary>
/// What a checkpoint was made for: the source and every option that changes which files or rows are
/// read. A checkpoint's cursor says "everything before here was returned" only for that selection, so
/// reusing it for another (API files added to a Login checkpoint, failed logins added to a
/// success-only one) would silently skip data. -Since and -Until are not part of it: they bound a run,
/// and the cursor only ever narrows them. Held in a normalised form, so equal selections compare equal
/// however they were typed (event types in any order and case).
/// </summary>
public sealed class CheckpointSelection : IEquatable<CheckpointSelection>
{
    public const string LoginHistorySource = "LoginHistory";
    public const string EventLogFileSource = "EventLogFile";

    /// <summary>Ids shown in a description before the rest are only counted, so an error stays readable.</summary>
    private const int DescribedUserIds = 3;

    private CheckpointSelection(string source, IReadOnlyList<string> eventTypes, LogInterval? interval, IReadOnlyList<string>? userIds, bool successOnly)
    {
        Source = source;
        EventTypes = eventTypes;
        Interval = interval;
        UserIds = userIds;
        SuccessOnly = successOnly;
    }

    /// <summary><see cref="LoginHistorySource"/> or <see cref="EventLogFileSource"/>.</summary>
    public string Source { get; }

    /// <summary>Event Log Files: the event types, sorted without regard to case; empty for every type.</summary>
    public IReadOnlyList<string> EventTypes { get; }

    /// <summary>Event Log Files: the interval asked for; null for LoginHistory.</summary>
    public LogInterval? Interval { get; }

    /// <summary>LoginHistory: the users (18-character ids, sorted); null for every user.</summary>
    public IReadOnlyList<string>? UserIds { get; }

    /// <summary>LoginHistory: only successful logins were returned (the cursor still passed the failed ones).</summary>
    public bool SuccessOnly { get; }

    public static CheckpointSelection ForEventLogFiles(IEnumerable<string?>? eventTypes, LogInterval interval) =>
        new(EventLogFileSource, EventTypeList.Normalise(eventTypes).OrderBy(t => t, StringComparer.OrdinalIgnoreCase).ToList(), interval, null, false);

    public static CheckpointSelection ForLoginHistory(IEnumerable<string>? userIds, bool successOnly)
    {
        var ids = userIds?.Select(id => SalesforceId.To18(id.Trim())!).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();
        // No id at all reads every user's logins, so it is the same selection as none given.
        return new(LoginHistorySource, Array.Empty<string>(), null, ids is { Count: > 0 } ? ids : null, successOnly);
    }

    /// <summary>The selection as the parameters that make it, for messages: "-Source EventLogFile -EventType API, Login -Interval Auto".</summary>
    public string Describe()
    {
        var parts = new List<string> { "-Source " + Source };
        if (Source == EventLogFileSource)
        {
            parts.Add(EventTypes.Count == 0 ? "(every event type)" : "-EventType " + string.Join(", ", EventTypes));
            parts.Add("-Interval " + Interval);
        }
        else
        {
            if (UserIds is null) parts.Add("(every user)");
            else
            {
                var shown = string.Join(", ", UserIds.Take(DescribedUserIds));
                parts.Add("-UserId " + (UserIds.Count > DescribedUserIds ? $"{shown} and {UserIds.Count - DescribedUserIds} more" : shown));
            }
            if (SuccessOnly) parts.Add("-SuccessOnly");
        }
        return string.Join(" ", parts);
    }

    public override string ToString() => Describe();

    public bool Equals(CheckpointSelection? other) =>
        other is not null &&
        string.Equals(Source, other.Source, StringComparison.OrdinalIgnoreCase) &&
        EventTypes.SequenceEqual(other.EventTypes, StringComparer.OrdinalIgnoreCase) &&
        Interval == other.Interval &&
        (UserIds is null ? other.UserIds is null : other.UserIds is not null && UserIds.SequenceEqual(other.UserIds, StringComparer.Ordinal)) &&
        SuccessOnly == other.SuccessOnly;

    public override bool Equals(object? obj) => Equals(obj as CheckpointSelection);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Source) ^ (EventTypes.Count * 31) ^ ((UserIds?.Count ?? -1) * 17) ^ (SuccessOnly ? 1 : 0);
}
