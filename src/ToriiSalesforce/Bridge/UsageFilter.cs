using System;
using System.Collections.Generic;

namespace ToriiSalesforce.Bridge;

/// <summary>Get-ToriiSfUsage's parameters, as bound and normalised (times in UTC); no engine type.</summary>
internal sealed class UsageFilter
{
    /// <summary>Events at or after this instant.</summary>
    public DateTimeOffset? Since { get; set; }

    /// <summary>Events before this instant.</summary>
    public DateTimeOffset? Until { get; set; }

    /// <summary>Only these users (15- or 18-character ids); null for everyone.</summary>
    public IReadOnlyCollection<string>? UserIds { get; set; }

    /// <summary>LoginHistory: drop failed logins.</summary>
    public bool SuccessOnly { get; set; }

    /// <summary>Event Log Files: the event types to read; empty for every type.</summary>
    public IReadOnlyList<string> EventTypes { get; set; } = Array.Empty<string>();

    public EventLogInterval Interval { get; set; } = EventLogInterval.Auto;

    /// <summary>Log files downloaded at once.</summary>
    public int ThrottleLimit { get; set; } = 4;

    /// <summary>Full file-system path of the checkpoint, or null for a run without one.</summary>
    public string? CheckpointPath { get; set; }
}
