using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Permissions;
using ToriiSalesforce.Engine.Query;
using ToriiSalesforce.Engine.Rules;

namespace ToriiSalesforce.Engine.Users;

/// <summary>
/// Who is frozen. User has no such field: freezing sets UserLogin.IsFrozen (salesforce-api.md 3.5),
/// and frozen users are few, so one query of the frozen ones serves a whole listing.
/// </summary>
internal static class FrozenUsers
{
    /// <summary>Ids of frozen users, or null (with a warning) when the connected user may not read UserLogin.</summary>
    public static async Task<HashSet<string>?> IdsAsync(SalesforceSession session, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var id in session.Query("SELECT UserId FROM UserLogin WHERE IsFrozen = true", r => SalesforceJson.String(r, "UserId"), "Listing frozen users", cancellationToken))
            {
                if (id is not null) ids.Add(id);
            }
            return ids;
        }
        catch (SalesforceApiException ex) when (ex.Kind == SalesforceErrorKind.PermissionDenied)
        {
            Diagnostics.EngineLog.Warning(MissingPrerequisite.Warning(
                $"{session.Username} cannot read UserLogin ({ex.ErrorCode}): Salesforce shows it only to users with {PrerequisiteRules.ManageUsers.Name}, so IsFrozen is reported as unknown.",
                PrerequisiteRules.ManageUsers));
            return null;
        }
    }
}
