namespace ToriiSalesforce.Engine.Rules;

/// <summary>
/// The platform's own OAuth clients (mobile apps, CLI, Data Loader, Outlook and Gmail integrations...).
/// Admins review third-party apps; these are flagged so they can be filtered out. Matched by the
/// app name OauthToken reports, case-insensitively: exact names first, then prefixes.
/// </summary>
public static class SalesforceOwnedApps
{
    private static readonly HashSet<string> ExactNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Salesforce for iOS",
        "Salesforce for Android",
        "Salesforce Mobile",
        "Salesforce App",
        "SalesforceA",
        "Salesforce CLI",
        "Salesforce Authenticator",
        "Dataloader Partner",
        "Dataloader Bulk",
        "Data Loader",
        "Salesforce Files",
        "Salesforce Inbox",
        "Salesforce for Outlook",
        "Salesforce Chatter",
        "Chatter Desktop",
        "Chatter Mobile for BlackBerry",
        "Salesforce Field Service",
        "Salesforce Field Service for iOS",
        "Salesforce Field Service for Android",
        "Salesforce Maps",
        "Salesforce Scheduler",
        "Salesforce Shift Management",
        "Salesforce Developers VS Code Extensions",
        "Tableau",
        "Slack",
        "Salesforce for Slack",
        "Outlook Integration",
        "Gmail Integration",
        "Einstein Activity Capture",
        "Sales Cloud Everywhere",
        "Salesforce Meetings",
        "Trailhead",
    };

    private static readonly string[] Prefixes =
    {
        "Salesforce for ",
        "Salesforce Mobile",
        "Salesforce Field Service",
        "Salesforce CLI",
        "Dataloader",
    };

    public static bool Contains(string? appName)
    {
        if (string.IsNullOrWhiteSpace(appName)) return false;
        var name = appName!.Trim();
        return ExactNames.Contains(name) || Prefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }
}
