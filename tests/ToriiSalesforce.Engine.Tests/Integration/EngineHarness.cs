using System.Collections.Concurrent;
using SalesforceEmulator;
using ToriiSalesforce.Engine.Auth;
using ToriiSalesforce.Engine.Diagnostics;

namespace ToriiSalesforce.Engine.Tests.Integration;

/// <summary>Collects engine log lines from any thread, for assertions.</summary>
internal sealed class RecordingLog : IEngineLog
{
    public ConcurrentQueue<string> Lines { get; } = new();
    public ConcurrentQueue<string> Warnings { get; } = new();
    public void Verbose(string message) => Lines.Enqueue("VERBOSE: " + message);
    public void Debug(string message) => Lines.Enqueue("DEBUG: " + message);
    public void Warning(string message) { Lines.Enqueue("WARNING: " + message); Warnings.Enqueue(message); }
}

/// <summary>Helpers shared by the engine's integration tests: one emulator per test, fast retries.</summary>
internal static class EngineHarness
{
    /// <summary>Retries without real waiting, so fault tests run in milliseconds.</summary>
    public static readonly ResilienceSettings FastRetries = new()
    {
        MaxRetries = 4,
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromSeconds(2),
        AttemptTimeout = TimeSpan.FromSeconds(30),
        TotalTimeout = TimeSpan.FromSeconds(60),
    };

    public static Task<EmulatorServer> StartAsync(int users = 500, bool rotate = false) =>
        EmulatorServer.StartAsync(new EmulatorOptions { Users = users, Seed = 7, RotateRefreshTokens = rotate });

    public static ConnectOptions RefreshFlow(EmulatorServer server) => new()
    {
        ClientId = server.ClientId,
        RefreshToken = new Secret(server.RefreshToken),
        LoginUrl = server.BaseUrl,
        Resilience = FastRetries,
    };

    public static ConnectOptions AccessFlow(EmulatorServer server) => new()
    {
        InstanceUrl = server.BaseUrl,
        AccessToken = new Secret(server.AccessToken),
        Resilience = FastRetries,
    };

    public static Task<SalesforceSession> ConnectAsync(ConnectOptions options) => SalesforceConnector.ConnectAsync(options, CancellationToken.None);

    public static int TokenCalls(EmulatorServer server) => server.Requests.Count(e => e.Path == "/services/oauth2/token");
}
