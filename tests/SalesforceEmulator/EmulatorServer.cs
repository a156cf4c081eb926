using System.Net;
using Microsoft.AspNetCore.ResponseCompression;
using SalesforceEmulator.OAuth;
using SalesforceEmulator.Org;
using SalesforceEmulator.Rest;

namespace SalesforceEmulator;

/// <summary>
/// A loopback Salesforce: OAuth, the REST query/describe/limits resources over a generated org, and
/// faults on demand. Login host and instance are the same address. Bound to 127.0.0.1 only.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorServer(WebApplication app, EmulatorState state)
    {
        _app = app;
        State = state;
    }

    internal EmulatorState State { get; }

    public Uri BaseUrl => State.BaseUrl;
    public string ClientId => State.ClientId;
    public string ClientSecret => State.ClientSecret;
    public string OrgId => State.Org.OrgId;
    public string AdminUserId => State.Admin.Id;
    public string AdminUsername => State.Admin.Username;
    public string AccessToken { get; private set; } = "";
    public string RefreshToken { get; private set; } = "";
    public FaultInjector Faults => State.Faults;
    public RequestLog Requests => State.Requests;
    public OrgData Org => State.Org;

    /// <summary>Event Log Files: the seeded ones, and a way to add more (of any size).</summary>
    public EventLogs.LogFileCatalog Logs => State.Logs;

    /// <summary>Authorize, device, JWT and client-credentials settings (who signs in, the app's certificate, ...).</summary>
    public OAuthFlows OAuth => State.OAuthFlows;

    /// <summary>Tokens for any seeded user (for example a portal user, to see Connect refuse it).</summary>
    public (string AccessToken, string RefreshToken) CreateSession(string userId) =>
        (State.Sessions.IssueAccess(Ids.Normalize(userId)), State.Sessions.IssueRefresh(Ids.Normalize(userId)));

    public static async Task<EmulatorServer> StartAsync(EmulatorOptions options, CancellationToken ct = default)
    {
        // Salesforce keeps datetimes to the millisecond; generated ones must not carry finer ticks that no literal can match.
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var (org, admin) = OrgGenerator.Generate(options, now);
        var state = new EmulatorState(options, org, admin);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(new[] { "text/csv", "application/json;charset=UTF-8" });
        });
        var app = builder.Build();
        // Logging and faults come before routing, so every request is logged and can be failed.
        app.Use(state.Pipeline);
        app.UseResponseCompression();
        app.UseRouting();
        Endpoints.Map(app, state);

        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal));
        state.BaseUrl = new Uri(new Uri(address).GetLeftPart(UriPartial.Authority).Replace("localhost", "127.0.0.1").Replace("[::1]", "127.0.0.1"));

        var server = new EmulatorServer(app, state)
        {
            AccessToken = state.Sessions.IssueAccess(admin.Id),
            RefreshToken = state.Sessions.IssueRefresh(admin.Id),
        };
        return server;
    }

    /// <summary>Completes when the process is asked to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
