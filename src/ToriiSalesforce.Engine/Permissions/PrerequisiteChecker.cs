using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Rules;

namespace ToriiSalesforce.Engine.Permissions;

/// <summary>
/// Checks the connected user against <see cref="PrerequisiteRules"/> with the cheapest reliable source
/// for each: one describe and one query of UserPermissionAccess for the system permissions, the User
/// describe (cached per connection) for field-level security, LIMIT 1 queries for EventLogFile and
/// LoginHistory, and /limits for the API allocation: at most six calls.
/// </summary>
public static class PrerequisiteChecker
{
    /// <summary>The most API calls one check spends.</summary>
    public const int MaxApiCalls = 6;

    public static IEnumerable<PermissionCheckResult> Check(SalesforceSession session, CancellationToken cancellationToken)
    {
        SalesforceApiException? apiRefusal = null;
        IReadOnlyDictionary<string, bool> permissions;
        try
        {
            permissions = EffectivePermissions.Read(session, new[]
            {
                "PermissionsApiEnabled", "PermissionsViewSetup", "PermissionsViewEventLogFiles", "PermissionsViewAllData",
                "PermissionsCustomizeApplication", "PermissionsManageUsers", "PermissionsMonitorLoginHistory",
            }, cancellationToken);
        }
        catch (SalesforceApiException ex) when (ex.ErrorCode is "API_CURRENTLY_DISABLED" or "API_DISABLED_FOR_ORG")
        {
            // Without API access nothing else can be checked: report that one failure, plainly.
            permissions = new Dictionary<string, bool>();
            apiRefusal = ex;
        }
        if (apiRefusal is not null)
        {
            yield return Result(PrerequisiteRules.ApiEnabled, false, $"Salesforce refused the API call with {apiRefusal.ErrorCode}: {apiRefusal.Message}");
            yield break;
        }
        bool Has(string field) => permissions.TryGetValue(field, out var v) && v;

        yield return Result(PrerequisiteRules.ApiEnabled, Has("PermissionsApiEnabled"),
            Has("PermissionsApiEnabled") ? "API Enabled is granted." : "API Enabled is not granted.");
        yield return Result(PrerequisiteRules.ViewSetup, Has("PermissionsViewSetup"),
            Has("PermissionsViewSetup") ? "View Setup and Configuration is granted." : "View Setup and Configuration is not granted.");

        var elf = Has("PermissionsViewEventLogFiles") || Has("PermissionsViewAllData");
        yield return Result(PrerequisiteRules.ViewEventLogFiles, elf,
            Has("PermissionsViewEventLogFiles") ? "View Event Log Files is granted."
            : Has("PermissionsViewAllData") ? "View All Data is granted (it includes event log files)."
            : "Neither View Event Log Files nor View All Data is granted.");

        var rule = UserTypeRules.For(session.UserType);
        yield return Result(PrerequisiteRules.NotCustomerPortal, !rule.IsCustomerPortal,
            $"{session.Username} has user type {session.UserType} ({rule.Label}).");

        var fields = session.UserFields.Fields(cancellationToken);
        foreach (var feature in FeatureLicenseRules.All)
        {
            var readable = fields.Contains(feature.UserField);
            yield return Result(PrerequisiteRules.FieldAccess(feature), readable, readable
                ? $"User.{feature.UserField} ({feature.Label}) is readable."
                : $"User.{feature.UserField} ({feature.Label}) is hidden by field-level security, or the org lacks the feature.");
        }

        yield return Queryable(session, PrerequisiteRules.EventLogFileQueryable, "SELECT Id FROM EventLogFile LIMIT 1", "EventLogFile", cancellationToken);
        var loginHistory = Queryable(session, PrerequisiteRules.LoginHistoryQueryable, "SELECT Id FROM LoginHistory LIMIT 1", "LoginHistory", cancellationToken);
        // Without Manage Users or Monitor Login History, Salesforce does not refuse the query: it answers
        // with the caller's own logins only, which would make every other user look inactive.
        if (loginHistory.Passed && !Has("PermissionsManageUsers") && !Has("PermissionsMonitorLoginHistory"))
            loginHistory = Result(PrerequisiteRules.LoginHistoryQueryable, false,
                $"LoginHistory answered, but with neither Manage Users nor Monitor Login History it holds only {session.Username}'s own logins.");
        yield return loginHistory;

        yield return Result(PrerequisiteRules.OAuthTokensOfAllUsers, Has("PermissionsCustomizeApplication"),
            Has("PermissionsCustomizeApplication") ? "Customize Application is granted: every user's OAuth grants are visible."
            : "Customize Application is not granted: OauthToken shows only the connecting user's own grants.");
        yield return Result(PrerequisiteRules.ManageUsers, Has("PermissionsManageUsers"),
            Has("PermissionsManageUsers") ? "Manage Users is granted." : "Manage Users is not granted: frozen state is unknown and no user can be frozen or deactivated.");

        yield return ApiAllocation(session, cancellationToken);
    }

    private static PermissionCheckResult Queryable(SalesforceSession session, Prerequisite prerequisite, string soql, string sobject, CancellationToken cancellationToken)
    {
        try
        {
            _ = session.Query(soql, r => 0, $"Querying {sobject}", cancellationToken).FirstOrDefault();
            return Result(prerequisite, true, $"{sobject} answered a LIMIT 1 query.");
        }
        catch (SalesforceApiException ex) when (ex.StatusCode is >= 400 and < 500)
        {
            return Result(prerequisite, false, $"{sobject} refused a LIMIT 1 query with {ex.ErrorCode}.");
        }
    }

    private static PermissionCheckResult ApiAllocation(SalesforceSession session, CancellationToken cancellationToken)
    {
        try
        {
            using var doc = session.Http.GetJsonAsync($"/services/data/v{session.ApiVersion}/limits", "Reading API limits", null, cancellationToken).GetAwaiter().GetResult();
            var daily = doc.RootElement.GetProperty("DailyApiRequests");
            var max = daily.GetProperty("Max").GetInt64();
            var remaining = daily.GetProperty("Remaining").GetInt64();
            var enough = max > 0 && remaining >= max * PrerequisiteRules.MinimumRemainingApiShare;
            return Result(PrerequisiteRules.DailyApiRequests, enough, $"{remaining} of {max} daily API requests remain.");
        }
        catch (SalesforceApiException ex) when (ex.StatusCode is >= 400 and < 500)
        {
            // /limits needs View Setup; fall back to the last Sforce-Limit-Info header, which every response carries.
            if (session.ApiUsage is { } usage)
            {
                var enough = usage.Max > 0 && usage.Remaining >= usage.Max * PrerequisiteRules.MinimumRemainingApiShare;
                return Result(PrerequisiteRules.DailyApiRequests, enough, $"{usage.Remaining} of {usage.Max} daily API requests remain (from the last response header; /limits refused with {ex.ErrorCode}).");
            }
            return Result(PrerequisiteRules.DailyApiRequests, false, $"The API allocation could not be read ({ex.ErrorCode}).");
        }
    }

    private static PermissionCheckResult Result(Prerequisite p, bool passed, string detail) => new()
    {
        Name = p.Name,
        Passed = passed,
        Required = p.Required,
        AffectedFeatures = p.AffectedFeatures,
        Detail = detail,
        Remediation = passed ? "" : p.Remediation,
    };
}
