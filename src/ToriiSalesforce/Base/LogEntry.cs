namespace ToriiSalesforce.Base;

/// <summary>How loud an engine message is; picks the PowerShell stream it goes to.</summary>
internal enum LogLevel
{
    Verbose,
    Debug,
    Warning,

    /// <summary>Something the person at the console must see and act on (a sign-in URL, a device code): written as Write-Host does.</summary>
    Information,
}

/// <summary>One queued engine message.</summary>
internal readonly struct LogEntry
{
    public LogEntry(LogLevel level, string message)
    {
        Level = level;
        Message = message;
    }

    public LogLevel Level { get; }
    public string Message { get; }
}
