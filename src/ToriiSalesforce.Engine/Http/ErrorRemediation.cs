namespace ToriiSalesforce.Engine.Http;

/// <summary>
/// What an admin should do about each Salesforce error code: one table, used by every cmdlet's
/// error messages. Codes are matched case-sensitively as Salesforce sends them.
/// </summary>
public static class ErrorRemediation
{
    /// <summary>The code the engine gives a refusal to read Event Log Files, whatever Salesforce answered.</summary>
    public const string EventLogFilesNotAccessible = "EVENT_LOG_FILES_NOT_ACCESSIBLE";

    private static readonly Dictionary<string, (SalesforceErrorKind Kind, string Advice)> Table = new(StringComparer.Ordinal)
    {
        ["INVALID_SESSION_ID"] = (SalesforceErrorKind.Authentication,
            "The session expired or was revoked and could not be renewed. Run Connect-ToriiSalesforce again (use a refresh token, JWT or client-credentials connection for unattended runs)."),
        ["REQUEST_LIMIT_EXCEEDED"] = (SalesforceErrorKind.LimitExceeded,
            "The org's API request limit is used up. Wait until the rolling 24-hour allocation frees up (see Setup > Company Information > API Requests, Last 24 Hours), or ask Salesforce for a higher allocation. Retrying now only fails again."),
        ["API_DISABLED_FOR_ORG"] = (SalesforceErrorKind.PermissionDenied,
            "The org's edition has no API access. Use an edition with API access (Enterprise, Unlimited, Performance, Developer)."),
        ["API_CURRENTLY_DISABLED"] = (SalesforceErrorKind.PermissionDenied,
            "The connected user lacks API Enabled. " + Rules.PrerequisiteRules.ApiEnabled.Remediation),
        ["INSUFFICIENT_ACCESS"] = (SalesforceErrorKind.PermissionDenied,
            "The connected user lacks a permission this command needs. Run Test-ToriiSfPermission to see which one and how to grant it."),
        ["INSUFFICIENT_ACCESS_OR_READONLY"] = (SalesforceErrorKind.PermissionDenied,
            "The connected user may not change this record; changing users needs Manage Users. " + Rules.PrerequisiteRules.ManageUsers.Remediation),
        ["INVALID_FIELD"] = (SalesforceErrorKind.InvalidRequest,
            "A field is unknown or hidden from the connected user by field-level security. Check the field's spelling, or grant read access: Setup > Object Manager > the object > Fields > the field > Set Field-Level Security."),
        ["INVALID_TYPE"] = (SalesforceErrorKind.PermissionDenied,
            "The object is unknown or the connected user may not read it. Run Test-ToriiSfPermission to see which permission is missing."),
        ["MALFORMED_QUERY"] = (SalesforceErrorKind.InvalidRequest,
            "The query is not valid SOQL. Check the filter you passed."),
        ["INVALID_QUERY_LOCATOR"] = (SalesforceErrorKind.InvalidRequest,
            "The server-side cursor expired (cursors live about 15 minutes). Run the command again."),
        ["NOT_FOUND"] = (SalesforceErrorKind.NotFound,
            "The record or resource does not exist. Check the id."),
        ["SERVER_UNAVAILABLE"] = (SalesforceErrorKind.Unavailable,
            "Salesforce is unavailable (maintenance or overload) and stayed so through the retries. Try again later; see status.salesforce.com."),
        ["UNKNOWN_EXCEPTION"] = (SalesforceErrorKind.Unavailable,
            "Salesforce failed internally and kept failing through the retries. Try again later."),
        ["invalid_grant"] = (SalesforceErrorKind.Authentication,
            "The refresh token or credentials were refused (expired, revoked, or the user has not approved the app). Connect again interactively to get a new refresh token."),
        ["invalid_client_id"] = (SalesforceErrorKind.Authentication,
            "The client id is not known to this org. Check the connected app's Consumer Key (Setup > App Manager > the app > View)."),
        ["invalid_client"] = (SalesforceErrorKind.Authentication,
            "The client credentials were refused. Check the Consumer Key and Secret (Setup > App Manager > the app > View)."),
        ["invalid_client_credentials"] = (SalesforceErrorKind.Authentication,
            "The client secret is wrong. Copy the Consumer Secret again from Setup > App Manager > the app > View."),
        ["inactive_user"] = (SalesforceErrorKind.Authentication,
            "The user is deactivated. Connect as an active user."),
        ["inactive_org"] = (SalesforceErrorKind.Authentication,
            "The org is locked, closed or suspended."),
        ["rate_limit_exceeded"] = (SalesforceErrorKind.LimitExceeded,
            "Salesforce is limiting logins for this user or app. Wait a while before connecting again; scheduled runs should reuse a saved connection instead of logging in each time."),
        ["TRANSPORT_FAILURE"] = (SalesforceErrorKind.Unavailable,
            "Salesforce could not be reached, and kept failing through the retries. Check the network, proxy and the instance URL."),
        ["TAKE_ACTION_MODE_REQUIRED"] = (SalesforceErrorKind.PermissionDenied,
            "Connect again with -Mode TakeAction (for example Connect-ToriiSalesforce ... -Mode TakeAction), then rerun the command. Add -WhatIf first to see what it would change."),
        ["CANNOT_CHANGE_CONNECTED_USER"] = (SalesforceErrorKind.InvalidRequest,
            "Connect as another administrator to change this user."),
        ["FIELD_INTEGRITY_EXCEPTION"] = (SalesforceErrorKind.InvalidRequest,
            "Salesforce refused the change for this record; the message says why. Other records are not affected."),
        // Ours, not Salesforce's: EventLogFile answered as if it did not exist, which is how Salesforce hides it (EventLogFileReader).
        [EventLogFilesNotAccessible] = (SalesforceErrorKind.PermissionDenied, Rules.PrerequisiteRules.ViewEventLogFiles.Remediation),
        ["UNSUPPORTED_USER_TYPE"] = (SalesforceErrorKind.PermissionDenied,
            "Connect as an internal user (user type Standard), for example a System Administrator or an integration user with API Enabled and View Setup and Configuration."),
    };

    /// <summary>The advice for <paramref name="errorCode"/>, or a generic one naming the code.</summary>
    public static string For(string errorCode, int statusCode)
    {
        if (Table.TryGetValue(errorCode, out var entry)) return entry.Advice;
        if (statusCode >= 500) return "Salesforce failed and kept failing through the retries. Try again later.";
        return $"Salesforce refused the request with {errorCode}. See the message for the cause.";
    }

    internal static SalesforceErrorKind KindOf(string errorCode, int statusCode)
    {
        if (Table.TryGetValue(errorCode, out var entry)) return entry.Kind;
        return statusCode switch
        {
            401 => SalesforceErrorKind.Authentication,
            403 => SalesforceErrorKind.PermissionDenied,
            404 => SalesforceErrorKind.NotFound,
            >= 500 => SalesforceErrorKind.Unavailable,
            >= 400 => SalesforceErrorKind.InvalidRequest,
            _ => SalesforceErrorKind.Other,
        };
    }
}
