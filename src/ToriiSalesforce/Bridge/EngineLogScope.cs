using System;
using ToriiSalesforce.Base;
using ToriiSalesforce.Engine.Diagnostics;

namespace ToriiSalesforce.Bridge;

/// <summary>Routes the engine's log of one cmdlet invocation into its <see cref="LogQueue"/>.</summary>
internal static class EngineLogScope
{
    /// <summary>
    /// Until the returned scope is disposed, engine messages raised on this thread, and in the
    /// background work it starts (the engine's log flows with the async context), go to the queue.
    /// </summary>
    public static IDisposable Push(LogQueue queue) => EngineLog.Push(new QueueSink(queue));

    private sealed class QueueSink : IEngineLog
    {
        private readonly LogQueue _queue;
        public QueueSink(LogQueue queue) => _queue = queue;
        public void Verbose(string message) => _queue.Add(LogLevel.Verbose, message);
        public void Debug(string message) => _queue.Add(LogLevel.Debug, message);
        public void Warning(string message) => _queue.Add(LogLevel.Warning, message);
    }
}
