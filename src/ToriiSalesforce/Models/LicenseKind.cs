namespace ToriiSalesforce;

/// <summary>The kinds of licence Get-ToriiSfLicense lists, for its -Kind parameter and its Kind column.</summary>
public enum LicenseKind
{
    /// <summary>A user licence (UserLicense): the seat each user holds through their profile.</summary>
    UserLicense,

    /// <summary>A feature licence, assigned by a User checkbox such as Service Cloud User. Salesforce publishes no totals for these.</summary>
    FeatureLicense,

    /// <summary>An add-on permission-set licence (PermissionSetLicense).</summary>
    PermissionSetLicense,
}
