using System.Globalization;
using System.Text.Json;
using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Permissions;
using ToriiSalesforce.Engine.Query;
using ToriiSalesforce.Engine.Rules;
using ToriiSalesforce.Engine.Users;

namespace ToriiSalesforce.Engine.OAuthApps;

/// <summary>
/// The apps connected to the org over OAuth, from OauthToken (salesforce-api.md 7.1). OauthToken has
/// quirks that make naive listings incomplete: its Id is always null, it serves 500 rows a page and a
/// query stops for good at 2,500 rows. Orgs with more grants are read in windows of
/// LIMIT 2500 OFFSET n over a stable order, which this object (unlike others) allows.
/// </summary>
public sealed class OAuthAppInventory
{
    /// <summary>Rows one OauthToken query can return before Salesforce stops it.</summary>
    internal const int QueryRowCap = 2500;

    private const string GrantFields =
        "AppName, AppMenuItemId, UserId, User.Username, User.IsActive, CreatedDate, LastUsedDate, UseCount, DeleteToken";

    private readonly SalesforceSession _session;

    internal OAuthAppInventory(SalesforceSession session) => _session = session;

    /// <summary>Every grant, streamed. Warns when the connected user can only see its own.</summary>
    public IEnumerable<OAuthGrantRecord> Grants(CancellationToken cancellationToken)
    {
        WarnIfOnlyOwnTokensVisible(cancellationToken);
        var frozen = Task.Run(() => FrozenUsers.IdsAsync(_session, cancellationToken));
        var total = CountGrants(cancellationToken);
        Diagnostics.EngineLog.Verbose($"OauthToken: {total} grants to read.");

        var seen = 0;
        HashSet<string>? frozenIds = null;
        var frozenKnown = false;
        foreach (var window in Windows(total))
        {
            foreach (var row in _session.Query(window, r => r.Clone(), "Listing OAuth grants", cancellationToken))
            {
                if (!frozenKnown)
                {
                    frozenIds = frozen.GetAwaiter().GetResult();
                    frozenKnown = true;
                }
                seen++;
                yield return Map(row, frozenIds);
            }
        }

        if (seen < total)
        {
            Diagnostics.EngineLog.Warning(
                $"Salesforce counted {total} OAuth grants but returned {seen}; grants revoked while the listing ran explain a small gap. Run the command again if the difference matters.");
        }
    }

    /// <summary>One record per app, summarised from all grants. Needs every grant first, so it returns once they are read.</summary>
    public IEnumerable<OAuthAppRecord> Apps(CancellationToken cancellationToken)
    {
        var apps = new Dictionary<string, AppAccumulator>(StringComparer.Ordinal);
        foreach (var grant in Grants(cancellationToken))
        {
            var key = grant.AppMenuItemId ?? "name:" + grant.AppName;
            if (!apps.TryGetValue(key, out var app)) apps[key] = app = new AppAccumulator(grant.AppName, grant.AppMenuItemId);
            app.Add(grant);
        }

        var connectedApps = ConnectedApplicationIds(cancellationToken);
        foreach (var app in apps.Values.OrderBy(a => a.AppName, StringComparer.OrdinalIgnoreCase))
        {
            string? connectedAppId = null;
            if (app.AppMenuItemId is not null) connectedApps.TryGetValue(app.AppMenuItemId, out connectedAppId);
            yield return app.ToRecord(connectedAppId);
        }
    }

    private long CountGrants(CancellationToken cancellationToken)
    {
        using var doc = _session.Http.GetJsonAsync(
            $"/services/data/v{_session.ApiVersion}/query?q={Uri.EscapeDataString("SELECT COUNT() FROM OauthToken")}",
            "Counting OAuth grants", null, cancellationToken).GetAwaiter().GetResult();
        return doc.RootElement.GetProperty("totalSize").GetInt64();
    }

    /// <summary>
    /// The queries that together return every grant: one plain query up to the cap, otherwise windows
    /// of the cap's size over an order that does not change between windows.
    /// </summary>
    internal static IEnumerable<string> Windows(long total)
    {
        const string select = "SELECT " + GrantFields + " FROM OauthToken ORDER BY CreatedDate, UserId, AppName";
        if (total <= QueryRowCap)
        {
            yield return select;
            yield break;
        }
        for (long offset = 0; offset < total; offset += QueryRowCap)
        {
            yield return select + $" LIMIT {QueryRowCap} OFFSET {offset.ToString(CultureInfo.InvariantCulture)}";
        }
    }

    private OAuthGrantRecord Map(JsonElement r, HashSet<string>? frozenIds)
    {
        var appName = SalesforceJson.String(r, "AppName") ?? "";
        var userId = SalesforceJson.String(r, "UserId");
        var useCount = SalesforceJson.Path(r, "UseCount");
        return new OAuthGrantRecord
        {
            AppName = appName,
            AppMenuItemId = SalesforceJson.String(r, "AppMenuItemId"),
            UserId = userId,
            Username = SalesforceJson.String(r, "User.Username"),
            UserIsActive = SalesforceJson.Bool(r, "User.IsActive"),
            UserIsFrozen = frozenIds is null || userId is null ? null : frozenIds.Contains(userId),
            CreatedDate = SalesforceJson.DateTime(r, "CreatedDate"),
            LastUsedDate = SalesforceJson.DateTime(r, "LastUsedDate"),
            UseCount = useCount is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var count) ? count : null,
            DeleteToken = SalesforceJson.String(r, "DeleteToken"),
            IsSalesforceOwned = SalesforceOwnedApps.Contains(appName),
        };
    }

    /// <summary>AppMenuItem id to ConnectedApplication id, for the App Launcher items of connected apps.</summary>
    private Dictionary<string, string> ConnectedApplicationIds(CancellationToken cancellationToken)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var (id, appId) in _session.Query("SELECT Id, ApplicationId FROM AppMenuItem WHERE Type = 'ConnectedApplication'",
                         r => (SalesforceJson.String(r, "Id"), SalesforceJson.String(r, "ApplicationId")), "Resolving connected apps", cancellationToken))
            {
                if (id is not null && appId is not null) map[id] = appId;
            }
        }
        catch (SalesforceApiException ex) when (ex.Kind == SalesforceErrorKind.PermissionDenied)
        {
            Diagnostics.EngineLog.Warning($"Cannot read AppMenuItem ({ex.ErrorCode}); ConnectedApplicationId stays empty. {ex.Remediation}");
        }
        return map;
    }

    /// <summary>
    /// Without Customize Application, OauthToken silently returns only the caller's own grants. Say so
    /// instead of passing off a partial list as the org's.
    /// </summary>
    private void WarnIfOnlyOwnTokensVisible(CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, bool> permissions;
        try
        {
            permissions = EffectivePermissions.Read(_session, new[] { "PermissionsCustomizeApplication" }, cancellationToken);
        }
        catch (SalesforceApiException ex)
        {
            Diagnostics.EngineLog.Warning($"Could not check whether {_session.Username} sees every user's OAuth grants ({ex.ErrorCode}); the list may hold only that user's own grants.");
            return;
        }
        if (!permissions.TryGetValue("PermissionsCustomizeApplication", out var canSeeAll) || !canSeeAll)
        {
            Diagnostics.EngineLog.Warning(MissingPrerequisite.Warning(
                $"{_session.Username} lacks Customize Application, so Salesforce shows only that user's own OAuth grants: this list is NOT the org's.",
                PrerequisiteRules.OAuthTokensOfAllUsers));
        }
    }

    /// <summary>Sums one app's grants.</summary>
    private sealed class AppAccumulator
    {
        private readonly HashSet<string> _users = new(StringComparer.Ordinal);
        private readonly HashSet<string> _activeUsers = new(StringComparer.Ordinal);
        private int _tokens;
        private long _useCount;
        private DateTimeOffset? _first;
        private DateTimeOffset? _last;

        public AppAccumulator(string appName, string? appMenuItemId)
        {
            AppName = appName;
            AppMenuItemId = appMenuItemId;
        }

        public string AppName { get; }
        public string? AppMenuItemId { get; }

        public void Add(OAuthGrantRecord grant)
        {
            _tokens++;
            _useCount += grant.UseCount ?? 0;
            if (grant.CreatedDate is { } created && (_first is null || created < _first)) _first = created;
            if (grant.LastUsedDate is { } used && (_last is null || used > _last)) _last = used;
            if (grant.UserId is null) return;
            _users.Add(grant.UserId);
            if (grant.UserIsActive == true && grant.UserIsFrozen != true) _activeUsers.Add(grant.UserId);
        }

        public OAuthAppRecord ToRecord(string? connectedApplicationId) => new()
        {
            AppName = AppName,
            AppMenuItemId = AppMenuItemId,
            ConnectedApplicationId = connectedApplicationId,
            Users = _users.Count,
            ActiveUsers = _activeUsers.Count,
            InactiveOrFrozenUsers = _users.Count - _activeUsers.Count,
            Tokens = _tokens,
            FirstConnected = _first,
            LastUsed = _last,
            UseCount = _useCount,
            IsSalesforceOwned = SalesforceOwnedApps.Contains(AppName),
        };
    }
}
