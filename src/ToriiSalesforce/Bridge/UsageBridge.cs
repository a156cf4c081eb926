using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using ToriiSalesforce.Engine;
using ToriiSalesforce.Engine.EventLogs;
using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Sync;
using ToriiSalesforce.Engine.Usage;
using ToriiSalesforce.Engine.Users;
using EngineLoginEvent = ToriiSalesforce.Engine.Usage.LoginEvent;

namespace ToriiSalesforce.Bridge;

/// <summary>
/// Reads usage through the engine for Get-ToriiSfUsage: LoginHistory logins and Event Log File events,
/// each mapped as it arrives (nothing is buffered here), and the per-user summary of both.
/// </summary>
internal static class UsageBridge
{
    /// <summary>
    /// Up to this many user ids go into the LoginHistory query itself; more would make the query URL
    /// too long for Salesforce, so then every login is read and the others are dropped as they arrive.
    /// </summary>
    internal const int ServerSideUserIdLimit = 200;

    /// <summary>Opens and reads the checkpoint once, so a missing folder or a damaged file fails before any call to Salesforce.</summary>
    public static void ValidateCheckpoint(string path) => new CheckpointFile(path).Load();

    /// <summary>
    /// The warning to give when the connected user would see only their own logins (no Manage Users or
    /// Monitor Login History), or null. Given before any login is read, so a partial result never passes for the org's.
    /// </summary>
    public static string? LoginHistoryVisibilityWarning(Connection connection, CancellationToken cancellationToken)
    {
        if (SessionBridge.Session(connection).LoginHistory.SeesEveryUsersLogins(cancellationToken) != false) return null;
        return "The connected user has neither Manage Users nor Monitor Login History, so Salesforce returns only the connected user's own logins: " +
               "a user without logins here may still have logged in. " + Engine.Rules.PrerequisiteRules.LoginHistoryQueryable.Remediation;
    }

    /// <summary>Logins from LoginHistory in LoginTime order, streamed.</summary>
    public static IEnumerable<LoginEvent> Logins(Connection connection, UsageFilter filter, CancellationToken cancellationToken)
    {
        var wanted = UserIdSet(filter.UserIds);
        var checkpoint = filter.CheckpointPath is null ? null : new CheckpointFile(filter.CheckpointPath);
        var logins = SessionBridge.Session(connection).LoginHistory.Read(LoginQuery(filter, wanted, filter.SuccessOnly), checkpoint, cancellationToken);
        return MapLogins(logins, ClientSideFilter(wanted));
    }

    /// <summary>
    /// Events of the chosen log files, streamed in file order. Rows that cannot be read and files that
    /// cannot be read completely go to <paramref name="report"/> (possibly from a background thread).
    /// </summary>
    public static IEnumerable<PSObject> Events(Connection connection, UsageFilter filter, Action<ErrorRecord> report, CancellationToken cancellationToken)
    {
        var checkpoint = filter.CheckpointPath is null ? null : new CheckpointFile(filter.CheckpointPath);
        var events = SessionBridge.Session(connection).EventLogFiles.Read(FileQuery(filter), checkpoint,
            row => report(EventLogErrors.Malformed(row)), failure => report(EventLogErrors.FileFailed(failure)), cancellationToken);
        return MapEvents(events, filter.Since, filter.Until);
    }

    /// <summary>
    /// One <see cref="UserActivity"/> per user seen in LoginHistory (when <paramref name="logins"/>) and in
    /// the Event Log Files (when <paramref name="logFiles"/>), most recently active first; with user ids
    /// given, also a row for each of those users nothing was seen of. Event Log Files the connected user
    /// may not read are skipped with a warning unless they were the only source asked for.
    /// </summary>
    public static IReadOnlyList<UserActivity> Summary(Connection connection, UsageFilter filter, bool logins, bool logFiles, bool logFilesRequired,
        Action<ErrorRecord> report, Action<string> warn, CancellationToken cancellationToken)
    {
        var session = SessionBridge.Session(connection);
        var wanted = UserIdSet(filter.UserIds);
        var clientSide = ClientSideFilter(wanted);
        var summary = new UsageSummarizer();

        if (logins)
        {
            if (LoginHistoryVisibilityWarning(connection, cancellationToken) is { } partial) warn(partial);
            foreach (var login in session.LoginHistory.Read(LoginQuery(filter, wanted, successOnly: false), null, cancellationToken))
            {
                if (clientSide is null || clientSide.Contains(SalesforceId.To18(login.UserId) ?? "")) summary.Add(login);
            }
        }

        if (logFiles)
        {
            try
            {
                var events = session.EventLogFiles.Read(FileQuery(filter), null,
                    row => report(EventLogErrors.Malformed(row)), failure => report(EventLogErrors.FileFailed(failure)), cancellationToken);
                foreach (var e in events)
                {
                    if (!InWindow(e, filter.Since, filter.Until)) continue;
                    if (wanted is not null && !wanted.Contains(e.UserId ?? "")) continue;
                    summary.Add(e);
                }
            }
            catch (SalesforceApiException denied) when (!logFilesRequired && denied.Kind == SalesforceErrorKind.PermissionDenied)
            {
                warn($"Event Log Files were not read ({denied.ErrorCode}): the connected user needs View Event Log Files and API Enabled, or View All Data. " +
                     "The summary shows LoginHistory only, so activity other than logins is missing from it. " + denied.Remediation);
            }
        }

        var rows = summary.Results().Select(ToUserActivity).ToList();
        if (wanted is not null)
        {
            var seen = new HashSet<string>(rows.Select(r => r.UserId), StringComparer.Ordinal);
            // The users asked about that nothing was seen of are the answer to "who is inactive": keep them.
            foreach (var id in wanted.Where(id => !seen.Contains(id)).OrderBy(id => id, StringComparer.Ordinal))
                rows.Add(new UserActivity { UserId = id });
        }
        FillUsernames(session, rows, warn, cancellationToken);
        return rows;
    }

    private static LoginHistoryQuery LoginQuery(UsageFilter filter, HashSet<string>? wanted, bool successOnly) => new()
    {
        Since = filter.Since,
        Until = filter.Until,
        UserIds = wanted is not null && wanted.Count <= ServerSideUserIdLimit ? wanted.ToList() : null,
        SuccessOnly = successOnly,
    };

    /// <summary>
    /// Log files are chosen by whole UTC days: the hourly-or-daily choice is made per day, and a daily
    /// file starts at midnight, so a window starting mid-day must still see that day's files. Events
    /// outside the window asked for are then dropped one by one.
    /// </summary>
    internal static EventLogFileQuery FileQuery(UsageFilter filter) => new()
    {
        EventTypes = filter.EventTypes,
        Since = filter.Since is { } since ? StartOfDay(since) : null,
        Until = filter.Until is { } until ? (StartOfDay(until) == until ? until : StartOfDay(until).AddDays(1)) : null,
        Interval = filter.Interval switch
        {
            EventLogInterval.Hourly => LogInterval.Hourly,
            EventLogInterval.Daily => LogInterval.Daily,
            _ => LogInterval.Auto,
        },
        MaxConcurrentDownloads = filter.ThrottleLimit,
    };

    private static DateTimeOffset StartOfDay(DateTimeOffset value) => new(value.UtcDateTime.Date, TimeSpan.Zero);

    private static bool InWindow(Engine.EventLogs.EventLogEvent e, DateTimeOffset? since, DateTimeOffset? until)
    {
        if (since is null && until is null) return true;
        if (e.Timestamp is not { } at) return true; // an event without a time cannot be placed; keep it rather than lose it
        return (since is null || at >= since) && (until is null || at < until);
    }

    private static IEnumerable<PSObject> MapEvents(IEnumerable<Engine.EventLogs.EventLogEvent> events, DateTimeOffset? since, DateTimeOffset? until)
    {
        var builder = new EventLogObjectBuilder();
        foreach (var e in events)
        {
            if (InWindow(e, since, until)) yield return builder.Build(e);
        }
    }

    private static IEnumerable<LoginEvent> MapLogins(IEnumerable<EngineLoginEvent> logins, HashSet<string>? wanted)
    {
        foreach (var login in logins)
        {
            if (wanted is null || wanted.Contains(SalesforceId.To18(login.UserId) ?? "")) yield return ToLoginEvent(login);
        }
    }

    /// <summary>The 18-character forms of the ids asked for, or null for every user. Anything that is not a user id is refused.</summary>
    internal static HashSet<string>? UserIdSet(IReadOnlyCollection<string>? ids)
    {
        if (ids is null) return null;
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in ids)
        {
            var id = raw?.Trim() ?? "";
            if (!SalesforceId.IsValid(id) || !id.StartsWith("005", StringComparison.Ordinal))
                throw new ArgumentException($"'{raw}' is not a user Id (15 or 18 characters starting with 005). To start from Usernames, pipe users in: Get-ToriiSfUser -Identity <username> | Get-ToriiSfUsage ...");
            set.Add(SalesforceId.To18(id)!);
        }
        return set;
    }

    /// <summary>The set to filter by as logins arrive, when there are too many ids to put in the query.</summary>
    private static HashSet<string>? ClientSideFilter(HashSet<string>? wanted) =>
        wanted is not null && wanted.Count > ServerSideUserIdLimit ? wanted : null;

    /// <summary>
    /// Log files carry a username for some event types only: the rest are filled from one listing of
    /// the org's users, made only when a row still lacks one.
    /// </summary>
    private static void FillUsernames(SalesforceSession session, List<UserActivity> rows, Action<string> warn, CancellationToken cancellationToken)
    {
        if (rows.TrueForAll(r => r.Username is not null)) return;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var user in session.Users.List(new UserQuery { IncludeExternal = true }, cancellationToken)) names[user.Id] = user.Username;
        }
        catch (SalesforceApiException ex) when (ex.Kind == SalesforceErrorKind.PermissionDenied)
        {
            warn($"Usernames could not be looked up ({ex.ErrorCode}); Username stays empty where the logs did not carry it. {ex.Remediation}");
            return;
        }
        foreach (var row in rows)
        {
            if (row.Username is null && names.TryGetValue(row.UserId, out var name)) row.Username = name;
        }
    }

    private static LoginEvent ToLoginEvent(EngineLoginEvent l) => new()
    {
        Id = l.Id,
        UserId = SalesforceId.To18(l.UserId),
        Username = l.Username,
        LoginTime = l.LoginTime.ToUniversalTime(),
        LoginType = l.LoginType,
        Status = l.Status,
        IsSuccess = l.IsSuccess,
        Application = l.Application,
        SourceIp = l.SourceIp,
        Browser = l.Browser,
        Platform = l.Platform,
        LoginUrl = l.LoginUrl,
        ApiType = l.ApiType,
    };

    private static UserActivity ToUserActivity(Engine.Usage.UserActivity a) => new()
    {
        UserId = a.UserId,
        Username = a.Username,
        LastSuccessfulLogin = a.LastSuccessfulLogin?.ToUniversalTime(),
        LastActivity = a.LastActivity?.ToUniversalTime(),
        LastActivitySource = a.LastActivitySource,
        SuccessfulLogins = a.SuccessfulLogins,
        FailedLogins = a.FailedLogins,
        LogEvents = a.LogEvents,
        EventCounts = a.EventCounts,
    };
}
