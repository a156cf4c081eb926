namespace ToriiSalesforce.Engine.Rules;

/// <summary>How this module treats one user licence.</summary>
public sealed record LicenseRule(string Category, bool IsSupported, string? SupportNote);

/// <summary>
/// Which user licences are standard (supported) and which are external (recognised, not counted as
/// standard seats). One table, shared by Get-ToriiSfLicense and Get-ToriiSfUser. Keys come first
/// (LicenseDefinitionKey is stable; salesforce-api.md 4.2); names are the fallback for keys the
/// documentation does not confirm.
/// </summary>
public static class LicenseRules
{
    private const string Standard = "Standard";

    // Exact keys, then key prefixes, then words in the licence name. Order matters: first match wins.
    private static readonly (string Key, string Category)[] ExternalKeys =
    {
        ("PID_Customer_Community_Plus", "Customer Community Plus"),
        ("PID_Customer_Community", "Customer Community"),
        ("PID_Partner_Community", "Partner Community"),
        ("PID_Customer_Portal", "Customer Portal User"),
        ("PID_Limited_Customer_Portal", "Customer Portal User"),
        ("PID_Overage", "Customer Portal User"),
        ("Overage_Platform_Portal_User", "Customer Portal User"),
        ("Platform_Portal_User", "Customer Portal User"),
        ("POWER_SSP", "Customer Portal Manager"),
        ("POWER_PRM", "Partner Community"),
        ("PID_STRATEGIC_PRM", "Partner Community"),
        ("PID_Ideas_Only_Portal", "Customer Portal User"),
        ("PID_Ideas_Only_Site", "Guest"),
        ("CSN_User", "Chatter"),
        ("PID_CHATTER", "Chatter"),
        ("PID_Chatter_External", "Chatter"),
        ("PID_Guest_User", "Guest"),
        ("PID_External_Identity", "External Identity"),
    };

    private static readonly (string Word, string Category)[] ExternalNameWords =
    {
        ("Customer Community Plus", "Customer Community Plus"),
        ("Customer Community", "Customer Community"),
        ("Partner Community", "Partner Community"),
        ("Gold Partner", "Partner Community"),
        ("Partner", "Partner Community"),
        ("Customer Portal Manager", "Customer Portal Manager"),
        ("Customer Portal", "Customer Portal User"),
        ("High Volume", "Customer Portal User"),
        ("Authenticated Website", "Customer Portal User"),
        ("Overage", "Customer Portal User"),
        ("Chatter", "Chatter"),
        ("Guest", "Guest"),
        ("External Identity", "External Identity"),
    };

    /// <summary>The rule for a licence by its key and name (either may be missing).</summary>
    public static LicenseRule For(string? key, string? name)
    {
        if (!string.IsNullOrEmpty(key))
        {
            foreach (var (k, category) in ExternalKeys)
            {
                if (key!.StartsWith(k, StringComparison.OrdinalIgnoreCase)) return External(category);
            }
        }
        if (!string.IsNullOrEmpty(name))
        {
            foreach (var (word, category) in ExternalNameWords)
            {
                if (name!.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return External(category);
            }
        }
        return new LicenseRule(Standard, true, null);
    }

    private static LicenseRule External(string category) => new(category, false,
        $"{category} licences are for external or limited users; this module reports them but does not count them as standard seats.");
}
