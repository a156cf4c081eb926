using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace ToriiSalesforce.Completers;

/// <summary>
/// Tab completion for -EventType: the Event Log File event types Salesforce documents
/// (salesforce-api.md 6.15). The list is fixed, so completion is instant, needs no connection and
/// spends no API call; a type missing here can still be typed in full.
/// </summary>
public sealed class EventTypeCompleter : IArgumentCompleter
{
    /// <summary>The documented event types, as they appear in EventLogFile.EventType.</summary>
    internal static readonly string[] KnownTypes =
    {
        "ApexCallout", "ApexExecution", "ApexRestApi", "ApexSoap", "ApexTrigger", "ApexUnexpectedException", "API", "ApiTotalUsage",
        "AsyncReportRun", "AuraRequest", "BulkApi", "BulkApi2", "BulkApiRequest", "ChangeSetOperation", "Console", "ContentDistribution",
        "ContentDocumentLink", "ContentTransfer", "ContinuationCallout", "CorsViolation", "CspViolation", "Dashboard",
        "DocumentAttachmentDownloads", "ExternalCustomApexCallout", "ExternalODataCallout", "FlowExecution", "HostnameRedirects",
        "InsecureExternalAssets", "KnowledgeArticleView", "LightningError", "LightningInteraction", "LightningLogger", "LightningPageView",
        "LightningPerformance", "Login", "LoginAs", "Logout", "MetadataApiOperation", "MultiblockReport", "NamedCredential",
        "OneCommerceUsage", "PackageInstall", "PlatformEncryption", "QueuedExecution", "Report", "ReportExport", "RestApi", "Sandbox",
        "Search", "SearchClick", "Sites", "TimeBasedWorkflow", "TransactionSecurity", "UITracking", "URI", "VisualforceRequest",
        "WaveChange", "WaveDownload", "WaveInteraction", "WavePerformance",
    };

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        // A quote the user has started is not part of the name.
        var typed = (wordToComplete ?? "").Trim('\'', '"');
        var pattern = WildcardPattern.ContainsWildcardCharacters(typed)
            ? new WildcardPattern(typed + "*", WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant)
            : null;
        foreach (var type in KnownTypes)
        {
            var match = pattern?.IsMatch(type) ?? type.StartsWith(typed, StringComparison.OrdinalIgnoreCase);
            if (match) yield return new CompletionResult(type, type, CompletionResultType.ParameterValue, type);
        }
    }
}
