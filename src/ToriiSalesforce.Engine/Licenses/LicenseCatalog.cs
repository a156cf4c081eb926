using System.Globalization;
using System.Text.Json;
using ToriiSalesforce.Engine.Permissions;
using ToriiSalesforce.Engine.Query;
using ToriiSalesforce.Engine.Rules;

namespace ToriiSalesforce.Engine.Licenses;

/// <summary>
/// The org's licences. Spends a fixed number of calls whatever the org's size: one query of
/// UserLicense, one aggregate query of User for all five feature licences together (GROUP BY the
/// checkboxes gives at most 32 rows), and one query of PermissionSetLicense.
/// </summary>
public sealed class LicenseCatalog
{
    private readonly SalesforceSession _session;

    internal LicenseCatalog(SalesforceSession session) => _session = session;

    /// <summary>Lists licences of the given kinds. External user licences only with <paramref name="includeExternal"/>.</summary>
    public IEnumerable<LicenseRecord> List(LicenseKind kinds, bool includeExternal, CancellationToken cancellationToken)
    {
        if ((kinds & LicenseKind.UserLicense) != 0)
        {
            foreach (var license in UserLicenses(cancellationToken))
            {
                if (license.IsSupported || includeExternal) yield return license;
            }
        }
        if ((kinds & LicenseKind.FeatureLicense) != 0)
        {
            foreach (var license in FeatureLicenses(cancellationToken)) yield return license;
        }
        if ((kinds & LicenseKind.PermissionSetLicense) != 0)
        {
            foreach (var license in PermissionSetLicenses(cancellationToken)) yield return license;
        }
    }

    // UserLicense and PermissionSetLicense are hidden from a user without View Setup and Configuration:
    // the refusal names that permission rather than calling the object unknown.
    private IEnumerable<LicenseRecord> UserLicenses(CancellationToken cancellationToken) => MissingPrerequisite.Explained(
        _session.Query("SELECT Id, Name, LicenseDefinitionKey, Status, TotalLicenses, UsedLicenses FROM UserLicense ORDER BY Name",
            r =>
            {
                var name = SalesforceJson.String(r, "Name") ?? "";
                var key = SalesforceJson.String(r, "LicenseDefinitionKey");
                var rule = UserTypeRules.ForLicense(key, name);
                var total = Int(r, "TotalLicenses");
                var used = Int(r, "UsedLicenses");
                return new LicenseRecord
                {
                    Kind = LicenseKind.UserLicense,
                    Id = SalesforceJson.String(r, "Id"),
                    Name = name,
                    Key = key,
                    Status = SalesforceJson.String(r, "Status"),
                    Total = total,
                    Used = used,
                    Available = total is { } t && used is { } u ? t - u : null,
                    UserType = rule.UserType,
                    IsSupported = rule.IsSupported,
                    SupportNote = rule.SupportNote,
                };
            }, "Listing user licences", cancellationToken),
        PrerequisiteRules.ViewSetup, "read UserLicense, so user licences cannot be listed");

    private IEnumerable<LicenseRecord> FeatureLicenses(CancellationToken cancellationToken)
    {
        var visible = _session.UserFields.VisibleFeatures(cancellationToken);
        var used = visible.ToDictionary(f => f, _ => 0);
        if (visible.Count > 0)
        {
            var fields = string.Join(", ", visible.Select(f => f.UserField));
            var soql = $"SELECT {fields}, COUNT(Id) UserCount FROM User WHERE IsActive = true GROUP BY {fields}";
            foreach (var (row, count) in _session.Query(soql, r => (Row: r.Clone(), Count: Int(r, "UserCount") ?? 0), "Counting feature licences", cancellationToken))
            {
                foreach (var feature in visible)
                {
                    if (SalesforceJson.Bool(row, feature.UserField) == true) used[feature] += count;
                }
            }
        }

        foreach (var feature in FeatureLicenseRules.All)
        {
            var isVisible = used.TryGetValue(feature, out var count);
            yield return new LicenseRecord
            {
                Kind = LicenseKind.FeatureLicense,
                Name = feature.Name,
                Key = feature.UserField,
                // Salesforce publishes no totals for feature licences (no object holds them): unknown, not 0.
                Total = null,
                Available = null,
                Used = isVisible ? count : null,
                Status = isVisible ? "Active" : null,
                UserType = UserTypeRules.Standard,
                IsSupported = true,
                SupportNote = isVisible ? null : $"Field-level security hides User.{feature.UserField} from the connected user, so its use cannot be counted.",
            };
        }
    }

    private IEnumerable<LicenseRecord> PermissionSetLicenses(CancellationToken cancellationToken) => MissingPrerequisite.Explained(
        _session.Query("SELECT Id, MasterLabel, DeveloperName, PermissionSetLicenseKey, Status, TotalLicenses, UsedLicenses, ExpirationDate FROM PermissionSetLicense ORDER BY MasterLabel",
            r =>
            {
                var total = Int(r, "TotalLicenses");
                var used = Int(r, "UsedLicenses");
                return new LicenseRecord
                {
                    Kind = LicenseKind.PermissionSetLicense,
                    Id = SalesforceJson.String(r, "Id"),
                    Name = SalesforceJson.String(r, "MasterLabel") ?? SalesforceJson.String(r, "DeveloperName") ?? "",
                    Key = SalesforceJson.String(r, "PermissionSetLicenseKey"),
                    Status = SalesforceJson.String(r, "Status"),
                    Total = total,
                    Used = used,
                    Available = total is { } t && used is { } u ? t - u : null,
                    ExpirationDate = SalesforceJson.DateTime(r, "ExpirationDate"),
                    UserType = UserTypeRules.Standard,
                    IsSupported = true,
                };
            }, "Listing permission set licences", cancellationToken),
        PrerequisiteRules.ViewSetup, "read PermissionSetLicense, so permission set licences cannot be listed");

    private static int? Int(JsonElement r, string path)
    {
        var value = SalesforceJson.Path(r, path);
        if (value is null) return null;
        if (value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetInt32(out var n)) return n;
        return int.TryParse(value.Value.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out n) ? n : null;
    }
}
