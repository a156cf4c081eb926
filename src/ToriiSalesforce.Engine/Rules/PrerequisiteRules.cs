namespace ToriiSalesforce.Engine.Rules;

/// <summary>One prerequisite: what is checked, whether the module needs it, what degrades without it, and how to grant it.</summary>
public sealed record Prerequisite(string Name, bool Required, string AffectedFeatures, string Remediation);

/// <summary>
/// Everything the connecting user needs, in one table: Test-ToriiSfPermission reports against it and
/// the other cmdlets quote its remediation when a call fails for the same reason.
/// </summary>
public static class PrerequisiteRules
{
    private const string PermissionSetPath = "Setup > Permission Sets > the connecting user's permission set > System Permissions > Edit > ";

    public static readonly Prerequisite ApiEnabled = new("API Enabled", true,
        "Every cmdlet (no REST call works without it)",
        PermissionSetPath + "enable API Enabled > Save.");

    public static readonly Prerequisite ViewSetup = new("View Setup and Configuration", true,
        "Get-ToriiSfLicense (UserLicense, PermissionSetLicense), API limits in Get-ToriiSfContext and this check",
        PermissionSetPath + "enable View Setup and Configuration > Save.");

    public static readonly Prerequisite ViewEventLogFiles = new("View Event Log Files or View All Data", true,
        "Get-ToriiSfUsage -Source EventLogFile and the activity columns of Get-ToriiSfUsage -Summary",
        PermissionSetPath + "enable View Event Log Files (or View All Data) > Save. Event types beyond Login and Logout also need the Event Monitoring add-on.");

    public static readonly Prerequisite NotCustomerPortal = new("User type is not a Customer Portal user", true,
        "Every cmdlet (Connect-ToriiSalesforce refuses portal and community users)",
        "Connect as an internal user (user type Standard) with a Salesforce or Salesforce Platform licence.");

    public static readonly Prerequisite EventLogFileQueryable = new("EventLogFile can be queried", true,
        "Get-ToriiSfUsage -Source EventLogFile",
        "Grant View Event Log Files as above; if it is granted and the query still fails, the org's edition lacks Event Log Files (Enterprise, Unlimited and Performance have Login and Logout free).");

    public static readonly Prerequisite LoginHistoryQueryable = new("LoginHistory of all users can be queried", true,
        "Get-ToriiSfUsage -Source LoginHistory and last-login columns of Get-ToriiSfUsage -Summary",
        PermissionSetPath + "enable Manage Users (or Monitor Login History) > Save.");

    public static readonly Prerequisite OAuthTokensOfAllUsers = new("OAuth tokens of all users are visible (Customize Application)", false,
        "Get-ToriiSfOAuthApp and Get-ToriiSfOAuthToken (otherwise only the connecting user's own grants are listed)",
        PermissionSetPath + "enable Customize Application > Save.");

    public static readonly Prerequisite ManageUsers = new("Manage Users", false,
        "IsFrozen of Get-ToriiSfUser (UserLogin), and every take-action cmdlet (deactivate, freeze)",
        PermissionSetPath + "enable Manage Users > Save.");

    public static readonly Prerequisite DailyApiRequests = new("Daily API requests remaining", true,
        "Every cmdlet (Salesforce refuses calls with REQUEST_LIMIT_EXCEEDED once the allocation is used up)",
        "Wait for the rolling 24-hour allocation to free up (Setup > Company Information > API Requests, Last 24 Hours), find the integration using it up, or buy more API calls.");

    /// <summary>Read access to one feature-licence checkbox of User (field-level security).</summary>
    public static Prerequisite FieldAccess(FeatureLicense feature) => new(
        $"Read access to User.{feature.UserField}", true,
        $"{feature.Name} feature licence: {FeatureProperty(feature)} of Get-ToriiSfUser and the {feature.Name} row of Get-ToriiSfLicense",
        $"Setup > Object Manager > User > Fields & Relationships > {feature.Label} > Set Field-Level Security > tick Visible for the connecting user's profile > Save.");

    private static string FeatureProperty(FeatureLicense feature) => feature.Name.Replace(" ", "") + "User";

    /// <summary>Below this share of the daily allocation left, the API check fails: a run could be cut off midway.</summary>
    public const double MinimumRemainingApiShare = 0.05;
}
