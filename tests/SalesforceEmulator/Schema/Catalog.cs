namespace SalesforceEmulator.Schema;

/// <summary>The objects the emulator serves, with the fields salesforce-api.md lists for them. One place to add an object.</summary>
public static class Catalog
{
    private static FieldDef Id() => new("Id", "id", "Record ID") { Nillable = false, Length = 18, Groupable = true };
    private static FieldDef Str(string name, string label, int length = 255) => new(name, "string", label) { Length = length };
    private static FieldDef Bool(string name, string label, bool updateable = false) => new(name, "boolean", label) { Nillable = false, Updateable = updateable };
    private static FieldDef Dt(string name, string label) => new(name, "datetime", label) { Groupable = false };
    private static FieldDef Int(string name, string label) => new(name, "int", label) { Groupable = false };
    private static FieldDef Ref(string name, string label, string to, string relationship) => new(name, "reference", label) { ReferenceTo = to, RelationshipName = relationship, Length = 18 };
    private static FieldDef Pick(string name, string label) => new(name, "picklist", label) { Length = 40 };

    /// <summary>The feature-licence and other UserPermissions* checkboxes of User (salesforce-api.md 3.2).</summary>
    public static readonly string[] UserPermissionFields =
    {
        "UserPermissionsMarketingUser", "UserPermissionsOfflineUser", "UserPermissionsCallCenterAutoLogin", "UserPermissionsMobileUser",
        "UserPermissionsSFContentUser", "UserPermissionsKnowledgeUser", "UserPermissionsInteractionUser", "UserPermissionsSupportUser",
        "UserPermissionsLiveAgentUser",
    };

    /// <summary>The system permissions UserPermissionAccess reports (salesforce-api.md 8.1).</summary>
    public static readonly string[] SystemPermissions =
    {
        "PermissionsApiEnabled", "PermissionsApiUserOnly", "PermissionsViewSetup", "PermissionsViewEventLogFiles", "PermissionsViewAllData",
        "PermissionsModifyAllData", "PermissionsManageUsers", "PermissionsManageInternalUsers", "PermissionsFreezeUsers",
        "PermissionsMonitorLoginHistory", "PermissionsViewAllUsers", "PermissionsCustomizeApplication", "PermissionsManageRemoteAccess",
        "PermissionsAssignPermissionSets",
    };

    public static readonly SObjectDef User = new("User", "User", "005", new[]
    {
        Id(), Str("Username", "Username", 80), Str("Name", "Full Name", 121), Str("FirstName", "First Name", 40), Str("LastName", "Last Name", 80),
        new FieldDef("Email", "email", "Email") { Length = 128 }, Str("Alias", "Alias", 8), Str("CommunityNickname", "Nickname", 40),
        Bool("IsActive", "Active", true), Pick("UserType", "User Type"),
        Ref("ProfileId", "Profile ID", "Profile", "Profile"), Ref("UserRoleId", "Role ID", "UserRole", "UserRole"),
        Ref("ManagerId", "Manager ID", "User", "Manager"), Str("Department", "Department", 80), Str("Title", "Title", 80),
        Str("FederationIdentifier", "SAML Federation ID", 512), Dt("LastLoginDate", "Last Login"), Dt("LastPasswordChangeDate", "Last Password Change or Reset"),
        Dt("CreatedDate", "Created Date"), Dt("LastModifiedDate", "Last Modified Date"), Dt("SystemModstamp", "System Modstamp"),
        Ref("ContactId", "Contact ID", "Contact", "Contact"), Ref("AccountId", "Account ID", "Account", "Account"),
        Pick("TimeZoneSidKey", "Time Zone"), Pick("LocaleSidKey", "Locale"), Pick("LanguageLocaleKey", "Language"),
    }.Concat(UserPermissionFields.Select(f => Bool(f, f.Replace("UserPermissions", "") + " User", true))));

    public static readonly SObjectDef Profile = new("Profile", "Profile", "00e", new[]
    {
        Id(), Str("Name", "Name"), Ref("UserLicenseId", "User License ID", "UserLicense", "UserLicense"), Pick("UserType", "User Type"),
        Dt("CreatedDate", "Created Date"),
    });

    public static readonly SObjectDef UserLicense = new("UserLicense", "User License", "100", new[]
    {
        Id(), Str("Name", "Name", 40), Str("MasterLabel", "Master Label", 40), Str("LicenseDefinitionKey", "License Definition Key", 40),
        Pick("Status", "Status"), Int("TotalLicenses", "Total Licenses"), new FieldDef("UsedLicenses", "int", "Used Licenses") { Filterable = false, Groupable = false },
        Dt("UsedLicensesLastUpdated", "Used Licenses Last Updated"), Int("MonthlyLoginsEntitlement", "Monthly Logins Entitlement"),
        Int("MonthlyLoginsUsed", "Monthly Logins Used"), Dt("CreatedDate", "Created Date"), Dt("LastModifiedDate", "Last Modified Date"),
    });

    public static readonly SObjectDef UserLogin = new("UserLogin", "User Login", "060", new[]
    {
        Id(), Ref("UserId", "User ID", "User", "User"), Bool("IsFrozen", "Is Frozen", true), Bool("IsPasswordLocked", "Is Password Locked", true),
        Dt("LastModifiedDate", "Last Modified Date"),
    });

    public static readonly SObjectDef Organization = new("Organization", "Organization", "00D", new[]
    {
        Id(), Str("Name", "Name", 80), Pick("OrganizationType", "Edition"), Bool("IsSandbox", "Is Sandbox"), Pick("InstanceName", "Instance Name"),
    });

    public static readonly SObjectDef PermissionSetLicense = new("PermissionSetLicense", "Permission Set License", "0PL", new[]
    {
        Id(), Str("DeveloperName", "Developer Name", 80), Str("MasterLabel", "Label", 80), Str("PermissionSetLicenseKey", "License Key", 255),
        Pick("Status", "Status"), Int("TotalLicenses", "Total Licenses"), Int("UsedLicenses", "Used Licenses"),
        new FieldDef("ExpirationDate", "date", "Expiration Date"), Bool("IsAvailableForIntegrations", "Available for Integrations"),
        Bool("IsSupplementLicense", "Supplement License"), Dt("CreatedDate", "Created Date"),
    });

    public static readonly SObjectDef UserPermissionAccess = new("UserPermissionAccess", "User Permission Access", "", new[]
    {
        Id(), Dt("LastCacheUpdate", "Last Cache Update"),
    }.Concat(SystemPermissions.Select(p => Bool(p, p.Replace("Permissions", "")))));

    public static readonly SObjectDef OauthToken = new("OauthToken", "OAuth Token", "", new[]
    {
        Id(), Str("AccessToken", "Access Token"), Ref("AppMenuItemId", "App Menu Item ID", "AppMenuItem", "AppMenuItem"),
        Str("AppName", "App Name"), Dt("CreatedDate", "Created Date"), Str("DeleteToken", "Delete Token"),
        new FieldDef("LastUsedDate", "datetime", "Last Used Date") { Groupable = false }, Str("RequestToken", "Request Token"),
        Int("UseCount", "Use Count"), Ref("UserId", "User ID", "User", "User"),
    })
    { MaxBatchSize = 500, QueryRowCap = 2500, IdAlwaysNull = true };

    public static readonly SObjectDef AppMenuItem = new("AppMenuItem", "App Menu Item", "0DS", new[]
    {
        Id(), Str("Name", "Developer Name"), Str("Label", "Label"), Str("Description", "Description"),
        Ref("ApplicationId", "Application ID", "ConnectedApplication", "Application"), Pick("Type", "Type"), Str("StartUrl", "Start URL"),
        Bool("IsVisible", "Visible"), Bool("IsAccessible", "Accessible"), Str("NamespacePrefix", "Namespace Prefix"),
    });

    public static readonly SObjectDef ConnectedApplication = new("ConnectedApplication", "Connected App", "0H4", new[]
    {
        Id(), Str("Name", "Name"), Dt("CreatedDate", "Created Date"), Dt("LastModifiedDate", "Last Modified Date"),
        Bool("OptionsAllowAdminApprovedUsersOnly", "Admin Approved Users Are Pre-Authorized"), Int("RefreshTokenValidityPeriod", "Refresh Token Validity Period"),
    });

    public static readonly SObjectDef LoginHistory = new("LoginHistory", "Login History", "0Ya", new[]
    {
        Id(), Ref("UserId", "User ID", "User", "User") with { RelationshipName = null }, new FieldDef("LoginTime", "datetime", "Login Time") { Groupable = false },
        Pick("LoginType", "Login Type"), new FieldDef("LoginSubType", "picklist", "Login Subtype") { Filterable = false },
        Str("LoginUrl", "Login URL"), new FieldDef("SourceIp", "string", "Source IP") { Filterable = false },
        new FieldDef("Status", "string", "Status") { Filterable = false }, new FieldDef("Application", "string", "Application") { Filterable = false },
        new FieldDef("Browser", "string", "Browser") { Filterable = false }, new FieldDef("Platform", "string", "Platform") { Filterable = false },
        new FieldDef("ApiType", "string", "API Type") { Filterable = false }, new FieldDef("ApiVersion", "string", "API Version") { Filterable = false },
        Pick("TlsProtocol", "TLS Protocol"), Str("CountryIso", "Country Code ISO"),
    });

    /// <summary>EventLogFile; <paramref name="hourly"/> false gives an org without Interval and Sequence (no Event Monitoring add-on).</summary>
    public static SObjectDef EventLogFile(bool hourly) => new("EventLogFile", "Event Log File", "0AT", new[]
    {
        Id(), Pick("EventType", "Event Type"), Dt("LogDate", "Log Date") with { Groupable = false },
        new FieldDef("LogFileLength", "double", "Log File Length") { Groupable = false }, Str("LogFileContentType", "Log File Content Type"),
        new FieldDef("LogFileFieldNames", "string", "Log File Field Names") { Length = 1333 }, new FieldDef("LogFileFieldTypes", "string", "Log File Field Types") { Length = 1333 },
        new FieldDef("LogFile", "base64", "Log File") { Filterable = false, Groupable = false, Sortable = false },
        new FieldDef("ApiVersion", "double", "API Version"), Dt("CreatedDate", "Created Date"), Bool("IsDeleted", "Deleted"),
    }.Concat(hourly ? new[] { Pick("Interval", "Interval"), Int("Sequence", "Sequence") } : Array.Empty<FieldDef>()));
}
