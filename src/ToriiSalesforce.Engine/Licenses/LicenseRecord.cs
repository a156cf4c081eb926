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

    /// <summary>Standard, or the external category (Partner Community, Chatter, Guest, ...).</summary>
    public string Category { get; init; } = "Standard";

    public bool IsSupported { get; init; }
    public string? SupportNote { get; init; }
}
