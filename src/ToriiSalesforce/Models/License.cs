using System;

namespace ToriiSalesforce;

/// <summary>
/// One licence as Get-ToriiSfLicense writes it: a user, feature or permission-set licence, flat, with
/// the same columns for every kind so Export-Csv gives one clean table.
/// </summary>
public sealed class License
{
    public LicenseKind Kind { get; internal set; }
    public string Name { get; internal set; } = "";

    /// <summary>LicenseDefinitionKey (user licences), PermissionSetLicenseKey, or the User checkbox of a feature licence.</summary>
    public string? Key { get; internal set; }

    /// <summary>The Salesforce record Id; empty for feature licences, which have no record.</summary>
    public string? Id { get; internal set; }

    /// <summary>Active or Disabled; empty for a feature licence whose use cannot be read.</summary>
    public string? Status { get; internal set; }

    // Empty, never 0, where Salesforce publishes no figure: feature licences have no totals, and a
    // feature licence hidden by field-level security has no known use either.
    public int? Total { get; internal set; }
    public int? Used { get; internal set; }
    public int? Available { get; internal set; }

    /// <summary>When a permission-set licence expires (UTC); empty for other kinds.</summary>
    public DateTimeOffset? ExpirationDate { get; internal set; }

    /// <summary>The User.UserType of the users the licence is for (Standard, PowerPartner, CsnOnly, Guest, ...), as Get-ToriiSfUser shows it.</summary>
    public string UserType { get; internal set; } = "Standard";

    /// <summary>False for licences of external, portal, Chatter-only and guest users.</summary>
    public bool IsSupported { get; internal set; }

    /// <summary>Why the licence is not supported, or why its use is unknown; empty otherwise.</summary>
    public string? SupportNote { get; internal set; }

    public override string ToString() => Name;
}
