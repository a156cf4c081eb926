using System;

namespace ToriiSalesforce;

/// <summary>
/// One Salesforce user as Get-ToriiSfUser writes it: flat scalar properties in a fixed order, so
/// Export-Csv gives the same clean columns for every row. Times are UTC.
/// </summary>
public sealed class User
{
    /// <summary>The 18-character user Id.</summary>
    public string Id { get; internal set; } = "";
    public string Username { get; internal set; } = "";
    public string? Name { get; internal set; }
    public string? Email { get; internal set; }
    public bool IsActive { get; internal set; }

    /// <summary>Frozen (cannot log in); empty when the connected user may not read UserLogin (needs Manage Users).</summary>
    public bool? IsFrozen { get; internal set; }

    /// <summary>Standard, PowerPartner, CspLitePortal, CsnOnly, Guest, ...</summary>
    public string? UserType { get; internal set; }

    public string? ProfileName { get; internal set; }

    /// <summary>The user licence (Salesforce, Salesforce Platform, ...).</summary>
    public string? LicenseName { get; internal set; }

    /// <summary>The licence definition key (SFDC, AUL, ...): stable across languages, unlike the name.</summary>
    public string? LicenseKey { get; internal set; }

    // Feature licences. Empty (not False) when field-level security hides the checkbox from the
    // connected user, so an unknown is never counted as "does not have it".
    public bool? ServiceCloudUser { get; internal set; }
    public bool? FlowUser { get; internal set; }
    public bool? ChatUser { get; internal set; }
    public bool? MarketingUser { get; internal set; }
    public bool? ApexMobileUser { get; internal set; }

    /// <summary>The feature licences held, joined with "; ".</summary>
    public string FeatureLicenses { get; internal set; } = "";

    public DateTimeOffset? LastLoginDate { get; internal set; }
    public DateTimeOffset? CreatedDate { get; internal set; }
    public DateTimeOffset? LastModifiedDate { get; internal set; }

    /// <summary>False for external, portal, Chatter-only and guest users, which this module does not support.</summary>
    public bool IsSupported { get; internal set; }

    /// <summary>Why the user is not supported; empty for supported users.</summary>
    public string? SupportNote { get; internal set; }

    public override string ToString() => Username;
}
