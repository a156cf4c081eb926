namespace ToriiSalesforce.Engine.Licenses;

/// <summary>The three kinds of licence an org has.</summary>
[Flags]
public enum LicenseKind
{
    /// <summary>A user licence (UserLicense): the seat every user holds through their profile.</summary>
    UserLicense = 1,

    /// <summary>A feature licence: a User checkbox such as Service Cloud User. Salesforce exposes no totals.</summary>
    FeatureLicense = 2,

    /// <summary>An add-on permission-set licence (PermissionSetLicense).</summary>
    PermissionSetLicense = 4,

    All = UserLicense | FeatureLicense | PermissionSetLicense,
}
