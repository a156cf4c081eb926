using System;
using System.Management.Automation;
using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Bridge;

/// <summary>Turns engine failures into PowerShell error records: Salesforce's code first in the id, a real category, and advice.</summary>
internal static class EngineErrors
{
    /// <summary>
    /// Builds the error record for a failure the engine reports to the admin (a Salesforce refusal, or
    /// bad input the engine rejected); false for anything else, which is left to propagate.
    /// </summary>
    public static bool TryTranslate(Exception exception, object? target, out ErrorRecord record)
    {
        switch (exception)
        {
            case SalesforceApiException api:
                record = FromSalesforce(api, target);
                return true;
            case SavedConnectionException saved:
                record = new ErrorRecord(saved, "SavedConnectionUnavailable", ErrorCategory.ResourceUnavailable, target);
                return true;
            // The interactive sign-in could not listen for the browser's redirect (the port is taken).
            case InvalidOperationException listener when listener.InnerException is System.Net.Sockets.SocketException:
                record = new ErrorRecord(listener, "RedirectListenerUnavailable", ErrorCategory.ResourceUnavailable, target);
                return true;
            // PowerShell's own argument exceptions carry their own error records; leave them alone.
            case ArgumentException argument when exception is not IContainsErrorRecord:
                record = new ErrorRecord(argument, "InvalidArgument", ErrorCategory.InvalidArgument, target);
                return true;
            default:
                record = null!;
                return false;
        }
    }

    /// <summary>
    /// Whether a failure concerns only the record being changed (Salesforce refused this one record), so
    /// the command can go on with the next; refusals of the connection itself (permissions, limits,
    /// sign-in, outages) end the command instead of repeating once per record.
    /// </summary>
    public static bool ConcernsOnlyTheItem(Exception exception) =>
        exception is SalesforceApiException { Kind: SalesforceErrorKind.InvalidRequest or SalesforceErrorKind.NotFound };

    /// <summary>Whether a failure is a permission missing for one part of what a command reads, so the other parts can still be read.</summary>
    public static bool IsMissingPrerequisite(Exception exception) => exception is Engine.Permissions.MissingPrerequisiteException;

    private static ErrorRecord FromSalesforce(SalesforceApiException api, object? target)
    {
        var message = string.IsNullOrEmpty(api.Remediation) ? api.Message : api.Message + " " + api.Remediation;
        var wrapped = new SalesforceException(message, api.StatusCode, api.ErrorCode, api.Remediation, api);
        // PowerShell appends ",<command type>" to the id, so it reads e.g.
        // REQUEST_LIMIT_EXCEEDED,ToriiSalesforce.Commands.GetToriiSfUserCommand.
        var errorId = string.IsNullOrEmpty(api.ErrorCode) ? "SalesforceError" : api.ErrorCode;
        return new ErrorRecord(wrapped, errorId, CategoryOf(api.ErrorCode, api.Kind), target)
        {
            ErrorDetails = new ErrorDetails(message) { RecommendedAction = api.Remediation },
        };
    }

    /// <summary>Sign-in outcomes that are not Salesforce error codes get their own category; the rest go by kind.</summary>
    private static ErrorCategory CategoryOf(string errorCode, SalesforceErrorKind kind) => errorCode switch
    {
        "SIGN_IN_TIMEOUT" => ErrorCategory.OperationTimeout,
        "access_denied" => ErrorCategory.PermissionDenied,
        "STATE_MISMATCH" => ErrorCategory.SecurityError,
        "TAKE_ACTION_MODE_REQUIRED" => ErrorCategory.InvalidOperation,
        _ => CategoryOf(kind),
    };

    private static ErrorCategory CategoryOf(SalesforceErrorKind kind) => kind switch
    {
        SalesforceErrorKind.Authentication => ErrorCategory.AuthenticationError,
        SalesforceErrorKind.PermissionDenied => ErrorCategory.PermissionDenied,
        SalesforceErrorKind.LimitExceeded => ErrorCategory.LimitsExceeded,
        SalesforceErrorKind.InvalidRequest => ErrorCategory.InvalidArgument,
        SalesforceErrorKind.NotFound => ErrorCategory.ObjectNotFound,
        SalesforceErrorKind.Unavailable => ErrorCategory.ConnectionError,
        _ => ErrorCategory.ProtocolError,
    };
}
