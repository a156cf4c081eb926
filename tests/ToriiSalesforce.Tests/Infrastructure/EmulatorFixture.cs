using SalesforceEmulator;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;
using ToriiSalesforce.Engine;

namespace ToriiSalesforce.Tests.Infrastructure;

/// <summary>
/// One emulated org for the whole collection, and the retry delays shortened so fault tests take
/// milliseconds. Tests that leave a lasting fault (an exhausted limit, expiring sessions, hidden
/// fields) start their own emulator with <see cref="StartPrivateAsync"/>.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public const int UserCount = 500;

    /// <summary>Fast retries: milliseconds of backoff, but Retry-After still honoured up to 30 s (the stop test needs a long wait).</summary>
    public static readonly ResilienceSettings FastRetries = new()
    {
        MaxRetries = 4,
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromSeconds(30),
        AttemptTimeout = TimeSpan.FromSeconds(30),
        TotalTimeout = TimeSpan.FromSeconds(60),
    };

    public EmulatorServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        EngineDefaults.ResilienceOverride = FastRetries;
        Server = await StartPrivateAsync(UserCount);
    }

    public async Task DisposeAsync()
    {
        DropCurrentConnection();
        await Server.DisposeAsync();
    }

    public static Task<EmulatorServer> StartPrivateAsync(int users = 300) =>
        EmulatorServer.StartAsync(new EmulatorOptions { Users = users, Seed = 42 });

    /// <summary>The current connection is process-wide; every test starts without one.</summary>
    public static void DropCurrentConnection()
    {
        if (ConnectionRegistry.Current is { } current) ConnectionRegistry.ClearIf(current);
    }

    /// <summary>Script variables describing <paramref name="server"/>: $BaseUrl, $ClientId, $ClientSecretText, $RefreshTokenText, $AccessTokenText.</summary>
    public static Dictionary<string, object?> VariablesFor(EmulatorServer server) => new()
    {
        ["BaseUrl"] = server.BaseUrl.ToString(),
        ["ClientId"] = server.ClientId,
        ["ClientSecretText"] = server.ClientSecret,
        ["RefreshTokenText"] = server.RefreshToken,
        ["AccessTokenText"] = server.AccessToken,
    };

    public Dictionary<string, object?> Variables => VariablesFor(Server);

    /// <summary>Script lines that connect with the refresh-token flow, the way an unattended job would.</summary>
    public const string ConnectWithRefreshToken =
        "$refresh = ConvertTo-SecureString $RefreshTokenText -AsPlainText -Force\n" +
        "Connect-ToriiSalesforce -ClientId $ClientId -RefreshToken $refresh -LoginUrl $BaseUrl\n";
}
