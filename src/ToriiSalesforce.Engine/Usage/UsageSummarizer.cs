using ToriiSalesforce.Engine.EventLogs;

namespace ToriiSalesforce.Engine.Usage;

/// <summary>
/// Folds logins and log events into one <see cref="UserActivity"/> per user. Holds one small
/// accumulator per user seen, never the events themselves.
/// </summary>
public sealed class UsageSummarizer
{
    private readonly Dictionary<string, Accumulator> _users = new(StringComparer.Ordinal);

    public void Add(LoginEvent login)
    {
        if (login.UserId is null) return;
        var a = Get(login.UserId, login.Username);
        if (login.IsSuccess)
        {
            a.SuccessfulLogins++;
            a.LastLogin = Max(a.LastLogin, login.LoginTime);
            a.Touch(login.LoginTime, "LoginHistory");
        }
        else
        {
            a.FailedLogins++;
        }
    }

    public void Add(EventLogEvent e)
    {
        var userId = e.UserId;
        if (userId is null) return;
        var a = Get(userId, e["USER_NAME"] as string);
        a.LogEvents++;
        var type = e.EventType ?? "Unknown";
        a.ByType[type] = a.ByType.TryGetValue(type, out var n) ? n + 1 : 1;
        // A failed sign-in is not activity (an "inactive users" report that counted failed logins is a
        // known trap, anchors.md 3.12): Login rows carry LOGIN_STATUS, LOGIN_NO_ERROR on success.
        if (IsFailedLogin(e)) return;
        if (e.Timestamp is { } at) a.Touch(at, "EventLogFile");
    }

    private static bool IsFailedLogin(EventLogEvent e) =>
        e["LOGIN_STATUS"] is string status && status.Length > 0 && !string.Equals(status, "LOGIN_NO_ERROR", StringComparison.OrdinalIgnoreCase);

    /// <summary>The summary, one row per user, most recently active first.</summary>
    public IEnumerable<UserActivity> Results(Func<string, string?>? usernameOf = null) =>
        _users.Values
            .OrderByDescending(a => a.LastActivity ?? DateTimeOffset.MinValue)
            .ThenBy(a => a.UserId, StringComparer.Ordinal)
            .Select(a => new UserActivity
            {
                UserId = a.UserId,
                Username = a.Username ?? usernameOf?.Invoke(a.UserId),
                LastSuccessfulLogin = a.LastLogin,
                LastActivity = a.LastActivity,
                LastActivitySource = a.LastSource,
                SuccessfulLogins = a.SuccessfulLogins,
                FailedLogins = a.FailedLogins,
                LogEvents = a.LogEvents,
                EventCounts = string.Join("; ", a.ByType.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value)),
            });

    /// <summary>User ids seen so far.</summary>
    public IEnumerable<string> UserIds => _users.Keys;

    private Accumulator Get(string userId, string? username)
    {
        var id = SalesforceId.To18(userId)!;
        if (!_users.TryGetValue(id, out var a)) _users[id] = a = new Accumulator(id);
        a.Username ??= username;
        return a;
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset b) => a is null || b > a ? b : a;

    private sealed class Accumulator
    {
        public Accumulator(string userId) => UserId = userId;
        public string UserId { get; }
        public string? Username { get; set; }
        public DateTimeOffset? LastLogin { get; set; }
        public DateTimeOffset? LastActivity { get; private set; }
        public string? LastSource { get; private set; }
        public int SuccessfulLogins { get; set; }
        public int FailedLogins { get; set; }
        public long LogEvents { get; set; }
        public Dictionary<string, long> ByType { get; } = new(StringComparer.Ordinal);

        public void Touch(DateTimeOffset at, string source)
        {
            if (LastActivity is null || at > LastActivity)
            {
                LastActivity = at;
                LastSource = source;
            }
        }
    }
}
