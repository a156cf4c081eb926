namespace ToriiSalesforce.Engine.Users;

/// <summary>One Salesforce user as the engine reads it: flat, typed, times in UTC.</summary>
public sealed class UserRecord
{
    public string Id { get; init; } = "";
    public string Username { get; init; } = "";
    public string? Name { get; init; }
    public string? Email { get; init; }
    public bool IsActive { get; init; }

    /// <summary>From UserLogin.IsFrozen; null when the connected user may not read UserLogin (needs Manage Users).</summary>
    public bool? IsFrozen { get; init; }

    public string? UserType { get; init; }
    public string? ProfileName { get; init; }
    public string? LicenseName { get; init; }
    public string? LicenseKey { get; init; }

    /// <summary>Feature licences; null when field-level security hides the checkbox from the connected user.</summary>
    public bool? ServiceCloudUser { get; init; }
    public bool? FlowUser { get; init; }
    public bool? ChatUser { get; init; }
    public bool? MarketingUser { get; init; }
    public bool? ApexMobileUser { get; init; }

    /// <summary>The feature licences held, joined with "; " in the order of <see cref="Rules.FeatureLicenseRules.All"/>.</summary>
    public string FeatureLicenses { get; init; } = "";

    public DateTimeOffset? LastLoginDate { get; init; }
    public DateTimeOffset? CreatedDate { get; init; }
    public DateTimeOffset? LastModifiedDate { get; init; }

    public bool IsSupported { get; init; }
    public string? SupportNote { get; init; }
}
