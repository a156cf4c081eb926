namespace SalesforceEmulator.Org;

/// <summary>A generated user as tests see it: a live view over the User, Profile, UserLicense and UserLogin rows.</summary>
public sealed class EmulatedUser
{
    private readonly Row _user;
    private readonly Store _store;

    internal EmulatedUser(Row user, Store store)
    {
        _user = user;
        _store = store;
    }

    internal Row Row => _user;
    private Row? Profile => _store.ById(_user["ProfileId"] as string);
    private Row? License => _store.ById(Profile?["UserLicenseId"] as string);

    public string Id => _user.Id;
    public string Username => (string)_user["Username"]!;
    public string Name => (string)_user["Name"]!;
    public string? FirstName => _user["FirstName"] as string;
    public string LastName => (string)_user["LastName"]!;
    public string Email => (string)_user["Email"]!;
    public bool IsActive => (bool)_user["IsActive"]!;
    public string UserType => (string)_user["UserType"]!;
    public string ProfileId => (string)_user["ProfileId"]!;
    public string ProfileName => (string)Profile!["Name"]!;
    public string LicenseName => (string)License!["Name"]!;
    public string LicenseKey => (string)License!["LicenseDefinitionKey"]!;
    public bool UserPermissionsSupportUser => (bool)_user["UserPermissionsSupportUser"]!;
    public bool UserPermissionsInteractionUser => (bool)_user["UserPermissionsInteractionUser"]!;
    public bool UserPermissionsLiveAgentUser => (bool)_user["UserPermissionsLiveAgentUser"]!;
    public bool UserPermissionsMarketingUser => (bool)_user["UserPermissionsMarketingUser"]!;
    public bool UserPermissionsMobileUser => (bool)_user["UserPermissionsMobileUser"]!;
    public DateTimeOffset? LastLoginDate => _user["LastLoginDate"] as DateTimeOffset?;
    public DateTimeOffset CreatedDate => (DateTimeOffset)_user["CreatedDate"]!;
    public DateTimeOffset LastModifiedDate => (DateTimeOffset)_user["LastModifiedDate"]!;
    public DateTimeOffset SystemModstamp => (DateTimeOffset)_user["SystemModstamp"]!;

    public bool IsFrozen
    {
        get
        {
            lock (_store.Gate)
            {
                return _store.Rows("UserLogin").Any(r => (string?)r["UserId"] == Id && (bool)r["IsFrozen"]!);
            }
        }
    }

    /// <summary>The user's effective system permissions (UserPermissionAccess), changeable by tests.</summary>
    public HashSet<string> Permissions { get; } = new(StringComparer.OrdinalIgnoreCase);

    public override string ToString() => $"{Username} ({UserType})";
}
