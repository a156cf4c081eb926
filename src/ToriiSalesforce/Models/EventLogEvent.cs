using System;

namespace ToriiSalesforce;

/// <summary>
/// The shape of the event objects Get-ToriiSfUsage -Source EventLogFile and Import-ToriiSfEventLog
/// write: the common properties listed here, typed, followed by every other column of the log file
/// under its own header name (RUN_TIME, LOGIN_STATUS, ...), typed by the file's LogFileFieldTypes.
/// </summary>
/// <remarks>
/// Columns differ between event types and between Salesforce releases, so the objects themselves
/// are property bags (PSObjects with note properties) carrying the type names
/// ToriiSalesforce.EventLogEvent#&lt;EventType&gt; and ToriiSalesforce.EventLogEvent; this class
/// names the common properties for [OutputType], tab completion and the default table view, and is
/// never instantiated.
/// </remarks>
public sealed class EventLogEvent
{
    /// <summary>The type name every event object carries.</summary>
    public const string TypeName = "ToriiSalesforce.EventLogEvent";

    private EventLogEvent()
    {
    }

    /// <summary>Login, API, RestApi, URI, ... (EVENT_TYPE).</summary>
    public string? EventType { get; }

    /// <summary>When the event happened, UTC (TIMESTAMP_DERIVED, else TIMESTAMP).</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>The 18-character user Id (USER_ID_DERIVED, else USER_ID extended to 18 characters).</summary>
    public string? UserId { get; }

    /// <summary>CLIENT_IP: the client's address, or "Salesforce.com IP" for internal sources.</summary>
    public string? ClientIp { get; }

    public string? RequestId { get; }
    public string? SessionKey { get; }
    public string? LoginKey { get; }
    public string? Uri { get; }

    /// <summary>The EventLogFile record the event came from; empty for a file read from disk.</summary>
    public string? LogFileId { get; }

    /// <summary>Start of the day or hour the log file covers, UTC; empty for a file read from disk.</summary>
    public DateTimeOffset? LogDate { get; }

    /// <summary>Hourly or Daily; empty for a file read from disk.</summary>
    public string? Interval { get; }

    /// <summary>0 for daily files; 1, 2, ... for the parts of an hour; empty for a file read from disk.</summary>
    public int? Sequence { get; }
}
