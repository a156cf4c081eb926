namespace ToriiSalesforce.Engine.Rules;

/// <summary>How this module treats one User.UserType value.</summary>
public sealed record UserTypeRule(string UserType, string Label, bool IsSupported, bool IsCustomerPortal, string? SupportNote);

/// <summary>
/// Which user types the module supports, in one table used by every cmdlet (salesforce-api.md 3.3).
/// Only internal full users (Standard) are supported; external and portal types, Chatter-only users
/// and site guests are recognised and reported as unsupported with the reason, never counted as
/// standard users.
/// </summary>
public static class UserTypeRules
{
    public const string Standard = "Standard";

    private static readonly UserTypeRule[] Rules =
    {
        new(Standard, "Standard", true, false, null),
        new("PowerPartner", "Partner", false, false, "Partner Community user (external): not a supported licence type."),
        new("PowerCustomerSuccess", "Customer Portal Manager", false, true, "Customer Portal Manager / Customer Community Plus user (external): not a supported licence type."),
        new("CustomerSuccess", "Customer Portal User", false, true, "Customer Portal User (external): not a supported licence type."),
        new("CspLitePortal", "High Volume Portal", false, true, "Customer Community / high-volume portal user (external): not a supported licence type."),
        new("CsnOnly", "Chatter Only", false, false, "Chatter-only user (Chatter Free or Chatter External): not a supported licence type."),
        new("Guest", "Guest", false, false, "Site guest user (unauthenticated): not a supported licence type."),
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
