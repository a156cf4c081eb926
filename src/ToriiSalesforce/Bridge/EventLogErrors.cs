using System;
using System.IO;
using System.Management.Automation;
using System.Text.RegularExpressions;
using ToriiSalesforce.Engine.EventLogs;
using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Bridge;

/// <summary>
/// The non-terminating errors of reading Event Log Files: a row that could not be read (the rest of
/// the file still flows), and a log file that could not be read completely.
/// </summary>
internal static class EventLogErrors
{
    private static readonly Regex LogFileId = new(@"\b0AT[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?\b", RegexOptions.CultureInvariant);

    /// <summary>A skipped row; the message names the file and the line.</summary>
    public static ErrorRecord Malformed(MalformedEventLogRow row)
    {
        var exception = new InvalidDataException(
            $"{row.Source}, line {row.Line}: {row.Reason}. The row was skipped; the rest of the file was read.");
        return new ErrorRecord(exception, "MalformedEventLogRow", ErrorCategory.InvalidData, row.Source);
    }

    /// <summary>A log file that stayed incomplete after its retries, or whose download Salesforce refused.</summary>
    public static ErrorRecord FileFailed(Exception failure)
    {
        // The engine names the file in the message only; the id makes a useful TargetObject for scripts.
        var match = LogFileId.Match(failure.Message);
        object? target = match.Success ? match.Value : null;
        if (failure is SalesforceApiException { ErrorCode: "LOG_FILE_INCOMPLETE" } incomplete)
        {
            var message = incomplete.Message + " " + incomplete.Remediation;
            var wrapped = new SalesforceException(message, incomplete.StatusCode, incomplete.ErrorCode, incomplete.Remediation, incomplete);
            return new ErrorRecord(wrapped, incomplete.ErrorCode, ErrorCategory.ReadError, target)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = incomplete.Remediation },
            };
        }
        if (EngineErrors.TryTranslate(failure, target, out var record)) return record;
        return new ErrorRecord(failure, "LogFileFailed", ErrorCategory.ReadError, target);
    }
}
