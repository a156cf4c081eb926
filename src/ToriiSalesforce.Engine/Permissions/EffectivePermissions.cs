using System.Text.Json;
using ToriiSalesforce.Engine.Query;

namespace ToriiSalesforce.Engine.Permissions;

/// <summary>
/// The connected user's effective system permissions (profile, permission sets and groups together),
/// from the one row of UserPermissionAccess (salesforce-api.md 8.1). Needs no special permission.
/// Only fields the org's describe lists are selected, since an unknown one fails the query.
/// </summary>
internal static class EffectivePermissions
{
    /// <summary>Reads the named Permissions* fields; a field the org does not have comes back absent from the result.</summary>
    public static IReadOnlyDictionary<string, bool> Read(SalesforceSession session, IEnumerable<string> permissionFields, CancellationToken cancellationToken)
    {
        using var describe = session.Http.GetJsonAsync($"/services/data/v{session.ApiVersion}/sobjects/UserPermissionAccess/describe",
            "Describing UserPermissionAccess", null, cancellationToken).GetAwaiter().GetResult();
        var available = new HashSet<string>(describe.RootElement.GetProperty("fields").EnumerateArray()
            .Select(f => f.TryGetProperty("name", out var n) ? n.GetString() : null).Where(n => n is not null)!, StringComparer.OrdinalIgnoreCase);

        var wanted = permissionFields.Where(available.Contains).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var result = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        if (wanted.Count == 0) return result;

        var row = session.Query($"SELECT {string.Join(", ", wanted)} FROM UserPermissionAccess", r => r.Clone(), "Reading the connected user's permissions", cancellationToken)
            .FirstOrDefault();
        if (row.ValueKind != JsonValueKind.Object) return result;
        foreach (var field in wanted)
        {
            result[field] = SalesforceJson.Bool(row, field) == true;
        }
        return result;
    }
}
