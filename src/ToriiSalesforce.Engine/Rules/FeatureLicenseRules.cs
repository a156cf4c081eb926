namespace ToriiSalesforce.Engine.Rules;

/// <summary>One feature licence: the User checkbox that assigns it and the name admins see in Setup.</summary>
public sealed record FeatureLicense(string Name, string UserField, string Label);

/// <summary>
/// The feature licences this module reports, in one table shared by Get-ToriiSfUser,
/// Get-ToriiSfLicense and Test-ToriiSfPermission. Salesforce has no object for feature licences:
/// each is a UserPermissions* checkbox on User (salesforce-api.md 3.2, 4.4).
/// </summary>
public static class FeatureLicenseRules
{
    public static readonly FeatureLicense ServiceCloud = new("Service Cloud", "UserPermissionsSupportUser", "Service Cloud User");
    public static readonly FeatureLicense Flow = new("Flow", "UserPermissionsInteractionUser", "Flow User");
    public static readonly FeatureLicense Chat = new("Chat", "UserPermissionsLiveAgentUser", "Chat User");
    public static readonly FeatureLicense Marketing = new("Marketing", "UserPermissionsMarketingUser", "Marketing User");
    public static readonly FeatureLicense ApexMobile = new("Apex Mobile", "UserPermissionsMobileUser", "Apex Mobile User");

    /// <summary>All five, in the order they are shown.</summary>
    public static readonly IReadOnlyList<FeatureLicense> All = new[] { ServiceCloud, Flow, Chat, Marketing, ApexMobile };
}
