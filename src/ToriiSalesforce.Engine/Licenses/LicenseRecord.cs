namespace ToriiSalesforce.Engine.Licenses;

/// <summary>One licence of any kind, flat. Total and Available are null where Salesforce publishes no total.</summary>
public sealed class LicenseRecord
{
    public LicenseKind Kind { get; init; }
    public string Name { get; init; } = "";

    /// <summary>LicenseDefinitionKey, PermissionSetLicenseKey, or the User field of a feature licence.</summary>
    public string? Key { get; init; }

    public string? Id { get; init; }
    public string? Status { get; init; }
    public int? Total { get; init; }
    public int? Used { get; init; }
    public int? Available { get; init; }
    public DateTimeOffset? ExpirationDate { get; init; }

    /// <summary>
    /// The User.UserType of the users the licence is for: Standard, or an external type (PowerPartner,
    /// CspLitePortal, CsnOnly, Guest, ...). Feature and permission-set licences are for Standard users.
    /// </summary>
    public string UserType { get; init; } = Rules.UserTypeRules.Standard;

    public bool IsSupported { get; init; }
    public string? SupportNote { get; init; }
}
