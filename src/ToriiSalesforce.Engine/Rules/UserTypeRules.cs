namespace ToriiSalesforce.Engine.Rules;

/// <summary>
/// How this module treats one User.UserType value, and which user licences belong to it (by
/// LicenseDefinitionKey prefix, or by a word in the licence name for keys the documentation does
/// not confirm).
/// </summary>
public sealed record UserTypeRule(string UserType, string Label, bool IsSupported, bool IsCustomerPortal, string? SupportNote)
{
    public IReadOnlyList<string> LicenseKeyPrefixes { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> LicenseNameWords { get; init; } = Array.Empty<string>();
}

/// <summary>
/// Which user types the module supports, in one table used by every cmdlet (salesforce-api.md 3.3,
/// 4.2). Only internal full users (Standard) are supported; external and portal types, Chatter-only
/// users and site guests are recognised and reported as unsupported with the reason, never counted
/// as standard users. A user is classified by its UserType, a licence by its key or name; both land
/// on the same row, so Get-ToriiSfUser and Get-ToriiSfLicense always agree on what is supported and why.
/// </summary>
public static class UserTypeRules
{
    public const string Standard = "Standard";

    // Internal licence keys are listed too, so a documented internal key is never re-read by its
    // name: "Salesforce Partner Edition" on key SFDC is still a Standard licence.
    private static readonly UserTypeRule StandardRule = new(Standard, "Standard", true, false, null)
    {
        LicenseKeyPrefixes = new[] { "SFDC", "AUL", "FDC_", "PID_FDC_FREE", "PID_CONTENT", "PID_KNOWLEDGE", "PID_IDEAS" },
    };

    private static readonly UserTypeRule[] Rules =
    {
        StandardRule,
        new("PowerPartner", "Partner", false, false, "Partner Community user (external): not a supported licence type.")
        {
            LicenseKeyPrefixes = new[] { "PID_Partner_Community", "POWER_PRM", "PID_STRATEGIC_PRM" },
            LicenseNameWords = new[] { "Partner" },
        },
        new("PowerCustomerSuccess", "Customer Portal Manager", false, true, "Customer Portal Manager / Customer Community Plus user (external): not a supported licence type.")
        {
            LicenseKeyPrefixes = new[] { "PID_Customer_Community_Plus", "POWER_SSP" },
            LicenseNameWords = new[] { "Customer Community Plus", "Customer Portal Manager" },
        },
        new("CustomerSuccess", "Customer Portal User", false, true, "Customer Portal User (external): not a supported licence type.")
        {
            LicenseKeyPrefixes = new[] { "PID_Customer_Portal", "PID_Limited_Customer_Portal", "PID_Ideas_Only_Portal" },
            LicenseNameWords = new[] { "Customer Portal" },
        },
        new("CspLitePortal", "High Volume Portal", false, true, "Customer Community / high-volume portal user (external): not a supported licence type.")
        {
            LicenseKeyPrefixes = new[] { "PID_Customer_Community", "PID_Overage", "Overage_Platform_Portal_User", "Platform_Portal_User", "PID_External_Identity" },
            LicenseNameWords = new[] { "Customer Community", "High Volume Customer Portal", "High Volume", "Authenticated Website", "Overage", "External Identity" },
        },
        new("CsnOnly", "Chatter Only", false, false, "Chatter-only user (Chatter Free or Chatter External): not a supported licence type.")
        {
            LicenseKeyPrefixes = new[] { "CSN_User", "PID_CHATTER", "PID_Chatter_External" },
            LicenseNameWords = new[] { "Chatter" },
        },
        new("Guest", "Guest", false, false, "Site guest user (unauthenticated): not a supported licence type.")
        {
            LicenseKeyPrefixes = new[] { "PID_Guest_User", "PID_Ideas_Only_Site" },
            LicenseNameWords = new[] { "Guest" },
        },
        new("SelfService", "Self Service", false, true, "Legacy Self-Service portal user (external): not a supported licence type."),
    };

    private static readonly Dictionary<string, UserTypeRule> ByType =
        Rules.ToDictionary(r => r.UserType, StringComparer.OrdinalIgnoreCase);

    /// <summary>The user types the supported-only listing asks Salesforce for.</summary>
    public static IReadOnlyList<string> SupportedTypes { get; } = Rules.Where(r => r.IsSupported).Select(r => r.UserType).ToArray();

    /// <summary>The rule for a user type; an unknown or missing type is unsupported, with a note saying so.</summary>
    public static UserTypeRule For(string? userType)
    {
        if (userType is not null && ByType.TryGetValue(userType, out var rule)) return rule;
        return new UserTypeRule(userType ?? "", userType ?? "(none)", false, false,
            $"User type '{userType ?? "(none)"}' is not one this module knows; treated as unsupported.");
    }

    /// <summary>
    /// The rule of the users a licence is for, by its LicenseDefinitionKey (stable, preferred) and
    /// then its name. The longest match wins, so "PID_Customer_Community_Plus" is not mistaken for
    /// "PID_Customer_Community" whatever the table's order. A licence nothing matches (Salesforce,
    /// Salesforce Platform, Identity, ...) is for internal users: Standard.
    /// </summary>
    public static UserTypeRule ForLicense(string? key, string? name) =>
        LongestMatch(key, r => r.LicenseKeyPrefixes, (value, prefix) => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        ?? LongestMatch(name, r => r.LicenseNameWords, (value, word) => value.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
        ?? StandardRule;

    private static UserTypeRule? LongestMatch(string? value, Func<UserTypeRule, IReadOnlyList<string>> patterns, Func<string, string, bool> matches)
    {
        if (string.IsNullOrEmpty(value)) return null;
        UserTypeRule? best = null;
        var bestLength = 0;
        foreach (var rule in Rules)
        {
            foreach (var pattern in patterns(rule))
            {
                if (pattern.Length > bestLength && matches(value!, pattern))
                {
                    best = rule;
                    bestLength = pattern.Length;
                }
            }
        }
        return best;
    }

    /// <summary>
    /// Maps the identity endpoints' user_type (STANDARD, POWER_PARTNER, CSP_LITE_PORTAL, ...) to the
    /// User.UserType spelling (Standard, PowerPartner, CspLitePortal, ...).
    /// </summary>
    public static string FromIdentityUserType(string? identityUserType)
    {
        if (string.IsNullOrEmpty(identityUserType)) return "";
        var compact = identityUserType!.Replace("_", "");
        foreach (var rule in Rules)
        {
            if (string.Equals(rule.UserType, compact, StringComparison.OrdinalIgnoreCase)) return rule.UserType;
        }
        return identityUserType;
    }

    /// <summary>The user types that may connect, for error messages.</summary>
    public static string ConnectableTypesText => "Standard (internal users with a Salesforce, Salesforce Platform or similar licence)";
}
