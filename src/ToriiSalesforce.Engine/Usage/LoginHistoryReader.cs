using ToriiSalesforce.Engine.Query;
using ToriiSalesforce.Engine.Sync;

namespace ToriiSalesforce.Engine.Usage;

/// <summary>
/// Streams LoginHistory in LoginTime order. LoginHistory has no CreatedDate, so LoginTime is the
/// cursor (salesforce-api.md 5); with a checkpoint, the read resumes at the last LoginTime seen and
/// skips the ids already seen at that exact instant, so nothing is lost or repeated.
/// </summary>
public sealed class LoginHistoryReader
{
    private const string Fields = "Id, UserId, LoginTime, LoginType, Status, Application, SourceIp, Browser, Platform, LoginUrl, ApiType";

    private readonly SalesforceSession _session;

    private bool? _seesEveryone;

    internal LoginHistoryReader(SalesforceSession session) => _session = session;

    /// <summary>
    /// Whether the connected user sees every user's logins. Without Manage Users or Monitor Login
    /// History, Salesforce answers LoginHistory queries with the user's own logins only, and says
    /// nothing about it; a caller warns, or the result would pass for the whole org's. Read once
    /// (two API calls) and cached; null when the permissions could not be read.
    /// </summary>
    public bool? SeesEveryUsersLogins(CancellationToken cancellationToken)
    {
        if (_seesEveryone is { } known) return known;
        try
        {
            var granted = Permissions.EffectivePermissions.Read(_session, new[] { "PermissionsManageUsers", "PermissionsMonitorLoginHistory" }, cancellationToken);
            _seesEveryone = granted.Values.Any(g => g);
            return _seesEveryone;
        }
        catch (Http.SalesforceApiException ex) when (ex.Kind is not Http.SalesforceErrorKind.Authentication and not Http.SalesforceErrorKind.LimitExceeded)
        {
            Diagnostics.EngineLog.Verbose($"The connected user's permissions could not be read ({ex.ErrorCode}); LoginHistory visibility is not checked.");
            return null;
        }
    }

    /// <summary>
    /// Reads logins. With <paramref name="checkpoint"/>, only what is new since the last run comes out, and
    /// the checkpoint is saved after every page and when the read stops (also when stopped early).
    /// </summary>
    public IEnumerable<LoginEvent> Read(LoginHistoryQuery query, CheckpointFile? checkpoint, CancellationToken cancellationToken)
    {
        var state = checkpoint?.Load() ?? new UsageCheckpoint();
        var since = Later(query.Since, state.LoginHistoryTime);
        var where = new List<string>();
        if (since is { } s) where.Add("LoginTime >= " + Soql.DateTime(s));
        if (query.Until is { } u) where.Add("LoginTime < " + Soql.DateTime(u));
        if (query.UserIds is { Count: > 0 } ids) where.Add("UserId IN " + Soql.InList(ids.Select(id => SalesforceId.To18(id)!)));
        var soql = $"SELECT {Fields} FROM LoginHistory{(where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")} ORDER BY LoginTime, Id";
        Diagnostics.EngineLog.Verbose($"Query: {soql}");

        var names = new UsernameCache(_session);
        var skipAtTime = state.LoginHistoryTime is not null && since == state.LoginHistoryTime ? new HashSet<string>(state.LoginHistoryIdsAtTime) : new HashSet<string>();
        var rows = _session.Query(soql, r => new LoginEvent
        {
            Id = SalesforceJson.String(r, "Id") ?? "",
            UserId = SalesforceJson.String(r, "UserId"),
            LoginTime = SalesforceJson.DateTime(r, "LoginTime") ?? default,
            LoginType = SalesforceJson.String(r, "LoginType"),
            Status = SalesforceJson.String(r, "Status"),
            Application = SalesforceJson.String(r, "Application"),
            SourceIp = SalesforceJson.String(r, "SourceIp"),
            Browser = SalesforceJson.String(r, "Browser"),
            Platform = SalesforceJson.String(r, "Platform"),
            LoginUrl = SalesforceJson.String(r, "LoginUrl"),
            ApiType = SalesforceJson.String(r, "ApiType"),
        }, "Reading LoginHistory", cancellationToken, query.PageSize);
        // Resolve a whole page's users in one query as the page arrives, not one query per new user.
        rows.PageFetched = page => names.Resolve(page.Records.Select(r => r.UserId), cancellationToken);

        var sinceSave = 0;
        try
        {
            foreach (var login in rows)
            {
                if (skipAtTime.Count > 0 && login.LoginTime == state.LoginHistoryTime && skipAtTime.Contains(login.Id)) continue;

                // A row counts as read once it is handed over: a consumer that stops (Select-Object -First,
                // Ctrl+C) has taken it, and the checkpoint saved on the way out must not repeat it.
                Advance(state, login);
                if (!query.SuccessOnly || login.IsSuccess)
                {
                    yield return new LoginEvent
                    {
                        Id = login.Id, UserId = login.UserId, Username = names[login.UserId], LoginTime = login.LoginTime, LoginType = login.LoginType,
                        Status = login.Status, Application = login.Application, SourceIp = login.SourceIp, Browser = login.Browser,
                        Platform = login.Platform, LoginUrl = login.LoginUrl, ApiType = login.ApiType,
                    };
                }

                if (checkpoint is not null && ++sinceSave >= 2000)
                {
                    checkpoint.Save(state);
                    sinceSave = 0;
                }
            }
        }
        finally
        {
            checkpoint?.Save(state);
        }
    }

    private static void Advance(UsageCheckpoint state, LoginEvent login)
    {
        if (state.LoginHistoryTime != login.LoginTime)
        {
            state.LoginHistoryTime = login.LoginTime;
            state.LoginHistoryIdsAtTime.Clear();
        }
        state.LoginHistoryIdsAtTime.Add(login.Id);
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
