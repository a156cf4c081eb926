using System.Collections.Concurrent;

namespace ToriiSalesforce.Base;

/// <summary>
/// Engine messages waiting for the pipeline thread. The engine logs from background page fetches
/// too, and PowerShell allows Write* only on the pipeline thread, so messages are queued here and
/// written by the cmdlet between records and at the end.
/// </summary>
internal sealed class LogQueue
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public void Add(LogLevel level, string message) => _entries.Enqueue(new LogEntry(level, message));

    public bool TryTake(out LogEntry entry) => _entries.TryDequeue(out entry);
}
