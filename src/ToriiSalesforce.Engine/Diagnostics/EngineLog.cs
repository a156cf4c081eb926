namespace ToriiSalesforce.Engine.Diagnostics;

/// <summary>Receives the engine's verbose, debug and warning messages. Never receives a secret.</summary>
/// <remarks>
/// Called from any thread (background page fetches log too). A PowerShell cmdlet must queue the
/// messages and write them from the pipeline thread.
/// </remarks>
public interface IEngineLog
{
    void Verbose(string message);
    void Debug(string message);
    void Warning(string message);
}

/// <summary>
/// The log of the current invocation. Flows with the async context (AsyncLocal), so a background
/// prefetch started by a cmdlet logs to that cmdlet, and two runspaces sharing one connection
/// do not see each other's messages.
/// </summary>
public static class EngineLog
{
    private static readonly AsyncLocal<IEngineLog?> CurrentSink = new();

    public static IEngineLog? Current => CurrentSink.Value;

    /// <summary>Routes engine messages to <paramref name="sink"/> until the returned scope is disposed.</summary>
    public static IDisposable Push(IEngineLog sink)
    {
        var previous = CurrentSink.Value;
        CurrentSink.Value = sink;
        return new Scope(previous);
    }

    internal static void Verbose(string message) => CurrentSink.Value?.Verbose(message);
    internal static void Debug(string message) => CurrentSink.Value?.Debug(message);
    internal static void Warning(string message) => CurrentSink.Value?.Warning(message);

    private sealed class Scope : IDisposable
    {
        private readonly IEngineLog? _previous;
        public Scope(IEngineLog? previous) => _previous = previous;
        public void Dispose() => CurrentSink.Value = _previous;
    }
}
