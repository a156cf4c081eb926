using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;
using ToriiSalesforce.Completers;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Get-ToriiSfUsage: streams logins from LoginHistory or events from Event Log Files, optionally
/// incrementally with a checkpoint; or, with -Summary, one row of activity per user from both.
/// </summary>
/// <remarks>
/// -Source picks the source; the parameters that only make sense for one source sit in that source's
/// parameter set. PowerShell chooses sets by parameter names, not values, so "-Source EventLogFile"
/// with only shared parameters resolves to the default set: the value of -Source decides, and a
/// parameter of the other source's set is refused.
/// </remarks>
[Cmdlet(VerbsCommon.Get, "ToriiSfUsage", DefaultParameterSetName = LoginHistorySet)]
[OutputType(typeof(LoginEvent), ParameterSetName = new[] { LoginHistorySet })]
[OutputType(typeof(EventLogEvent), ParameterSetName = new[] { EventLogFileSet })]
[OutputType(typeof(UserActivity), ParameterSetName = new[] { SummarySet })]
public sealed class GetToriiSfUsageCommand : ToriiSfConnectedCmdlet
{
    private const string LoginHistorySet = "LoginHistory";
    private const string EventLogFileSet = "EventLogFile";
    private const string SummarySet = "Summary";

    private readonly ConcurrentQueue<ErrorRecord> _problems = new();
    private readonly List<string> _warnings = new();
    private readonly List<string> _userIds = new();
    private bool _userIdsBound;

    /// <summary>LoginHistory or EventLogFile. With -Summary: only that source (both when omitted).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = LoginHistorySet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = EventLogFileSet)]
    [Parameter(ParameterSetName = SummarySet)]
    public UsageSource Source { get; set; }

    /// <summary>One row per user instead of the events.</summary>
    [Parameter(Mandatory = true, ParameterSetName = SummarySet)]
    public SwitchParameter Summary { get; set; }

    /// <summary>Events at or after this time. A time without a zone is local time.</summary>
    [Parameter]
    public DateTime? Since { get; set; }

    /// <summary>Events before this time. A time without a zone is local time.</summary>
    [Parameter]
    public DateTime? Until { get; set; }

    /// <summary>Only these users (15- or 18-character Ids). Binds the Id or UserId property of piped objects, such as Get-ToriiSfUser's output.</summary>
    [Parameter(ParameterSetName = LoginHistorySet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = SummarySet, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string[]? UserId { get; set; }

    /// <summary>LoginHistory: only successful logins.</summary>
    [Parameter(ParameterSetName = LoginHistorySet)]
    public SwitchParameter SuccessOnly { get; set; }

    /// <summary>Event Log Files of these event types only (Login, API, RestApi, ...); every type when omitted.</summary>
    [Parameter(ParameterSetName = EventLogFileSet)]
    [Parameter(ParameterSetName = SummarySet)]
    [ArgumentCompleter(typeof(EventTypeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? EventType { get; set; }

    /// <summary>Hourly, Daily, or Auto (hourly where a day has hourly files, else daily).</summary>
    [Parameter(ParameterSetName = EventLogFileSet)]
    [Parameter(ParameterSetName = SummarySet)]
    public EventLogInterval Interval { get; set; } = EventLogInterval.Auto;

    /// <summary>Log files downloaded at once; events still come out in file order.</summary>
    [Parameter(ParameterSetName = EventLogFileSet)]
    [Parameter(ParameterSetName = SummarySet)]
    [ValidateRange(1, 16)]
    public int ThrottleLimit { get; set; } = 4;

    /// <summary>A file that remembers what was already returned, so the next run returns only what is new.</summary>
    [Parameter(ParameterSetName = LoginHistorySet)]
    [Parameter(ParameterSetName = EventLogFileSet)]
    [ValidateNotNullOrEmpty]
    public string? Checkpoint { get; set; }

    /// <summary>The source this run reads, after reconciling -Source with the parameter set.</summary>
    private UsageSource EffectiveSource => ParameterSetName == EventLogFileSet ? UsageSource.EventLogFile : Source;

    private bool Bound(string name) => MyInvocation.BoundParameters.ContainsKey(name);

    protected override void BeginProcessing()
    {
        if (ParameterSetName == EventLogFileSet && Source == UsageSource.LoginHistory)
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException("-EventType, -Interval and -ThrottleLimit apply to Event Log Files. Use -Source EventLogFile with them, or leave them out for LoginHistory."),
                "ParameterNotForSource", ErrorCategory.InvalidArgument, Source));
        }
        if (ParameterSetName == LoginHistorySet && Source == UsageSource.EventLogFile && (Bound(nameof(UserId)) || Bound(nameof(SuccessOnly))))
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException("-UserId and -SuccessOnly apply to LoginHistory (and -UserId to -Summary): Event Log Files cannot be filtered by user in Salesforce. Use -Source LoginHistory or -Summary, or filter the events with Where-Object UserId."),
                "ParameterNotForSource", ErrorCategory.InvalidArgument, Source));
        }
        if (Since is { } since && Until is { } until && ToUtc(since) >= ToUtc(until))
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException($"-Since ({since:o}) must be earlier than -Until ({until:o})."),
                "SinceNotBeforeUntil", ErrorCategory.InvalidArgument, since));
        }
        base.BeginProcessing();
        if (Checkpoint is not null) ValidateCheckpoint();
    }

    /// <summary>
    /// Only gathers the user ids piped in: they are read in one query in EndProcessing, not one query
    /// per user (Get-ToriiSfUser -Active | Get-ToriiSfUsage -Summary may pipe thousands).
    /// </summary>
    protected override void ProcessRecord()
    {
        if (UserId is null) return;
        if (ParameterSetName != SummarySet && Source == UsageSource.EventLogFile)
        {
            // Users piped into "-Source EventLogFile": the ids bound by property name only now.
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException("-UserId (and users piped in) apply to LoginHistory and -Summary: Event Log Files cannot be filtered by user in Salesforce. Use -Source LoginHistory or -Summary, or filter the events with Where-Object UserId."),
                "ParameterNotForSource", ErrorCategory.InvalidArgument, Source));
        }
        _userIdsBound = true;
        _userIds.AddRange(UserId);
    }

    protected override void EndProcessing()
    {
        // Piped input that held no user at all must not widen the read to every user.
        if (MyInvocation.ExpectingInput && !_userIdsBound && ParameterSetName != EventLogFileSet) return;

        var filter = new UsageFilter
        {
            Since = Since is { } since ? ToUtc(since) : null,
            Until = Until is { } until ? ToUtc(until) : null,
            UserIds = _userIdsBound ? _userIds : null,
            SuccessOnly = SuccessOnly,
            EventTypes = EventType ?? Array.Empty<string>(),
            Interval = Interval,
            ThrottleLimit = ThrottleLimit,
            CheckpointPath = Checkpoint is null ? null : CheckpointPath(),
        };

        if (ParameterSetName == SummarySet) WriteSummary(filter);
        else if (EffectiveSource == UsageSource.EventLogFile) WriteEvents(filter);
        else WriteLogins(filter);
    }

    private void WriteLogins(UsageFilter filter) => RunWithCheckpoint(() =>
    {
        if (UsageBridge.LoginHistoryVisibilityWarning(ActiveConnection, CancellationToken) is { } partial) WriteWarning(partial);
        foreach (var login in UsageBridge.Logins(ActiveConnection, filter, CancellationToken)) Emit(login);
    });

    private void WriteEvents(UsageFilter filter)
    {
        // One object at a time: a downstream Select-Object -First stops the read inside the current file,
        // and the checkpoint records exactly how many of its events were written.
        RunWithCheckpoint(() =>
        {
            foreach (var e in UsageBridge.Events(ActiveConnection, filter, _problems.Enqueue, CancellationToken))
            {
                Emit(e);
                if (!_problems.IsEmpty) WriteProblems();
            }
        });
        WriteProblems();
    }

    private void WriteSummary(UsageFilter filter)
    {
        var sources = Bound(nameof(Source)) ? new[] { Source } : new[] { UsageSource.LoginHistory, UsageSource.EventLogFile };
        var logins = Array.IndexOf(sources, UsageSource.LoginHistory) >= 0;
        var logFiles = Array.IndexOf(sources, UsageSource.EventLogFile) >= 0;
        IReadOnlyList<UserActivity> rows = Array.Empty<UserActivity>();
        Run(() => rows = UsageBridge.Summary(ActiveConnection, filter, logins, logFiles, logFilesRequired: !logins,
            _problems.Enqueue, _warnings.Add, CancellationToken));
        WriteProblems();
        foreach (var warning in _warnings) WriteWarning(warning);
        foreach (var row in rows) Emit(row);
    }

    /// <summary>Writes the queued non-terminating errors (malformed rows, incomplete files). Pipeline thread only.</summary>
    private void WriteProblems()
    {
        while (_problems.TryDequeue(out var problem)) EmitError(problem);
    }

    /// <summary>Runs a read whose checkpoint is written by the engine: a failure to write it ends the command, naming the file.</summary>
    private void RunWithCheckpoint(Action body) => Run(() =>
    {
        try
        {
            body();
        }
        catch (Exception ex) when (Checkpoint is not null && ex is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(new ErrorRecord(ex, "CheckpointNotWritten", ErrorCategory.WriteError, Checkpoint)
            {
                ErrorDetails = new ErrorDetails($"The checkpoint '{CheckpointPath()}' could not be written: {ex.Message} The next run with it may return some events again.")
                {
                    RecommendedAction = "Check that the folder is writable and the disk is not full.",
                },
            });
        }
    });

    /// <summary>The checkpoint as a file-system path, relative paths taken from the current PowerShell location.</summary>
    private string CheckpointPath() => SessionState.Path.GetUnresolvedProviderPathFromPSPath(Checkpoint);

    /// <summary>A checkpoint in a folder that does not exist, or one that is not a checkpoint, fails before any call to Salesforce.</summary>
    private void ValidateCheckpoint()
    {
        string path;
        try
        {
            path = CheckpointPath();
            UsageBridge.ValidateCheckpoint(path);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException or SessionStateException)
        {
            ThrowTerminatingError(new ErrorRecord(ex, "CheckpointUnusable", ErrorCategory.InvalidArgument, Checkpoint)
            {
                ErrorDetails = new ErrorDetails($"The checkpoint '{Checkpoint}' cannot be used: {ex.Message}"),
            });
        }
    }

    /// <summary>A DateTime of unspecified kind means local time, as anywhere in PowerShell.</summary>
    private static DateTimeOffset ToUtc(DateTime value) => new DateTimeOffset(value).ToUniversalTime();
}
