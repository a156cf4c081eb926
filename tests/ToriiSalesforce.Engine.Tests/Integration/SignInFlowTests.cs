using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ToriiSalesforce.Engine.Auth;
using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Users;
using static ToriiSalesforce.Engine.Tests.Integration.EngineHarness;

namespace ToriiSalesforce.Engine.Tests.Integration;

/// <summary>
/// The flows that need a person or a certificate, at the engine level: what reaches the token
/// endpoint, what the session ends up as, and the errors an admin sees when a sign-in goes wrong.
/// The cmdlet tests drive the same flows through Connect-ToriiSalesforce.
/// </summary>
public class SignInFlowTests
{
    [Fact]
    public async Task Web_server_flow_signs_in_through_the_loopback_listener_with_pkce()
    {
        await using var server = await StartAsync();
        var browser = new Browser();
        var options = Interactive(server, browser.FollowRedirect);

        var session = await ConnectAsync(options);

        Assert.Equal("WebServer", session.AuthFlow);
        Assert.Equal(server.AdminUsername, session.Username);
        Assert.True(session.CanRefresh);
        var authorize = Assert.Single(browser.Presented);
        Assert.Contains("code_challenge_method=S256", authorize.Query);
        Assert.Contains("code_challenge=", authorize.Query);
        Assert.Contains("state=", authorize.Query);
        Assert.Contains("Signed in to Salesforce", await browser.Landing); // the page the person sees
    }

    [Fact]
    public async Task A_redirect_with_another_state_is_refused_and_its_code_never_spent()
    {
        await using var server = await StartAsync();
        var browser = new Browser(location => new Uri(System.Text.RegularExpressions.Regex.Replace(location.ToString(), "state=[^&]+", "state=forged")));
        var tokenCalls = TokenCalls(server);

        var ex = await Assert.ThrowsAsync<SalesforceApiException>(() => ConnectAsync(Interactive(server, browser.FollowRedirect)));

        Assert.Equal("STATE_MISMATCH", ex.ErrorCode);
        Assert.Equal(tokenCalls, TokenCalls(server));
    }

    [Fact]
    public async Task A_denied_sign_in_says_it_was_denied_and_what_to_do()
    {
        await using var server = await StartAsync();
        server.OAuth.DenyNextAuthorization();
        var browser = new Browser();

        var ex = await Assert.ThrowsAsync<SalesforceApiException>(() => ConnectAsync(Interactive(server, browser.FollowRedirect)));

        Assert.Equal("access_denied", ex.ErrorCode);
        Assert.Contains("denied", ex.Message);
        Assert.Contains("Allow", ex.Remediation);
    }

    [Fact]
    public async Task Nobody_signing_in_ends_with_a_timeout_that_names_TimeoutSec()
    {
        await using var server = await StartAsync();
        var options = Interactive(server, _ => { });
        options.SignInTimeout = TimeSpan.FromSeconds(1);

        var ex = await Assert.ThrowsAsync<SalesforceApiException>(() => ConnectAsync(options));

        Assert.Equal("SIGN_IN_TIMEOUT", ex.ErrorCode);
        Assert.Contains("-TimeoutSec", ex.Remediation);
    }

    [Fact]
    public async Task Device_flow_shows_the_code_keeps_polling_while_pending_and_connects()
    {
        await using var server = await StartAsync();
        server.OAuth.DeviceInterval = 1;
        server.OAuth.DevicePendingPolls = 2;
        DeviceCodePrompt? shown = null;

        var session = await ConnectAsync(new ConnectOptions
        {
            Flow = AuthFlow.Device,
            ClientId = server.ClientId,
            LoginUrl = server.BaseUrl,
            ShowDeviceCode = prompt => shown = prompt,
            Resilience = FastRetries,
        });

        Assert.Equal(server.AdminUsername, session.Username);
        Assert.NotNull(shown);
        Assert.False(string.IsNullOrEmpty(shown!.UserCode));
        Assert.Contains(shown.UserCode, shown.ToString());
        Assert.Equal(TimeSpan.FromSeconds(1), shown.PollInterval);
        // Two polls answered authorization_pending (400), the third got the tokens.
        Assert.Equal(2, server.Requests.Count(e => e.Path == "/services/oauth2/token" && e.StatusCode == 400));
    }

    [Fact]
    public async Task Device_flow_slow_down_widens_the_interval_and_the_deadline_is_kept()
    {
        await using var server = await StartAsync();
        server.OAuth.DeviceInterval = 1;
        server.OAuth.DevicePendingPolls = 100;
        server.OAuth.SlowDownNextPoll();
        var started = DateTimeOffset.UtcNow;

        var ex = await Assert.ThrowsAsync<SalesforceApiException>(() => ConnectAsync(new ConnectOptions
        {
            Flow = AuthFlow.Device,
            ClientId = server.ClientId,
            LoginUrl = server.BaseUrl,
            ShowDeviceCode = _ => { },
            SignInTimeout = TimeSpan.FromSeconds(4),
            Resilience = FastRetries,
        }));

        // slow_down added 5 s to the 1 s interval: the next poll would land past the 4 s deadline,
        // so the flow stops at once instead of polling faster than Salesforce asked.
        Assert.Equal("SIGN_IN_TIMEOUT", ex.ErrorCode);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Jwt_bearer_signs_the_assertion_for_the_login_host_and_reconnects_on_expiry_without_a_login_per_call()
    {
        await using var server = await StartAsync(users: 900);
        var session = await ConnectAsync(Jwt(server, server.OAuth.JwtCertificate));
        Assert.Equal("JwtBearer", session.AuthFlow);
        Assert.Equal(server.AdminUsername, session.Username);
        Assert.True(session.CanRefresh);

        var loginsAfterConnect = TokenCalls(server);
        var expected = server.Org.Users.Count(u => u.UserType == "Standard");
        server.Faults.ExpireSessionsAfter(2);
        var users = session.Users.List(new UserQuery { PageSize = 200 }, CancellationToken.None).ToList();

        Assert.Equal(expected, users.Select(u => u.Id).Distinct().Count());
        // Five pages, one expiry: exactly one new assertion, not one per call.
        Assert.Equal(loginsAfterConnect + 1, TokenCalls(server));
    }

    [Fact]
    public async Task Jwt_signed_with_a_certificate_the_app_does_not_have_gets_the_real_error()
    {
        await using var server = await StartAsync();
        using var rsa = RSA.Create(2048);
        using var stranger = new CertificateRequest("CN=not uploaded", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        var ex = await Assert.ThrowsAsync<SalesforceApiException>(() => ConnectAsync(Jwt(server, stranger)));

        Assert.Equal("invalid_grant", ex.ErrorCode);
        Assert.Equal(SalesforceErrorKind.Authentication, ex.Kind);
        Assert.DoesNotContain("PRIVATE KEY", ex.ToString());
    }

    [Fact]
    public async Task Client_credentials_connects_as_the_apps_run_as_user()
    {
        await using var server = await StartAsync();
        var runAs = server.Org.Users.First(u => u.UserType == "Standard" && u.IsActive && u.Id != server.AdminUserId);
        server.OAuth.ClientCredentialsUserId = runAs.Id;

        var session = await ConnectAsync(ClientCredentials(server));

        Assert.Equal("ClientCredentials", session.AuthFlow);
        Assert.Equal(runAs.Username, session.Username);
    }

    [Fact]
    public async Task Client_credentials_without_a_run_as_user_is_refused_with_the_real_error()
    {
        await using var server = await StartAsync();
        server.OAuth.ClientCredentialsUserId = null;

        var ex = await Assert.ThrowsAsync<SalesforceApiException>(() => ConnectAsync(ClientCredentials(server)));

        Assert.Equal("invalid_grant", ex.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(ex.Remediation));
        Assert.DoesNotContain(server.ClientSecret, ex.ToString());
    }

    private static ConnectOptions Interactive(SalesforceEmulator.EmulatorServer server, Action<Uri> present) => new()
    {
        Flow = AuthFlow.WebServer,
        ClientId = server.ClientId,
        LoginUrl = server.BaseUrl,
        RedirectUri = FreeLoopbackRedirect(),
        PresentSignInUrl = present,
        SignInTimeout = TimeSpan.FromSeconds(30),
        Resilience = FastRetries,
    };

    private static ConnectOptions Jwt(SalesforceEmulator.EmulatorServer server, X509Certificate2 certificate) => new()
    {
        Flow = AuthFlow.JwtBearer,
        ClientId = server.ClientId,
        Username = server.AdminUsername,
        Certificate = certificate,
        LoginUrl = server.BaseUrl,
        Resilience = FastRetries,
    };

    private static ConnectOptions ClientCredentials(SalesforceEmulator.EmulatorServer server) => new()
    {
        Flow = AuthFlow.ClientCredentials,
        ClientId = server.ClientId,
        ClientSecret = new Secret(server.ClientSecret),
        LoginUrl = server.BaseUrl,
        Resilience = FastRetries,
    };

    private static Uri FreeLoopbackRedirect()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri($"http://127.0.0.1:{port}/OauthRedirect");
    }

    /// <summary>Does what a browser does with the sign-in URL: GET the authorize page, then follow its redirect to the listener.</summary>
    private sealed class Browser(Func<Uri, Uri>? tamper = null)
    {
        private readonly TaskCompletionSource<string> _landing = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<Uri> Presented { get; } = new();
        public Task<string> Landing => _landing.Task;

        public void FollowRedirect(Uri url)
        {
            Presented.Add(url);
            // Asynchronously, as a browser is: the engine starts waiting on its listener after this returns.
            _ = Task.Run(async () =>
            {
                try
                {
                    using var handler = new HttpClientHandler { AllowAutoRedirect = false };
                    using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
                    using var authorize = await http.GetAsync(url);
                    var location = authorize.Headers.Location ?? throw new InvalidOperationException($"authorize answered {(int)authorize.StatusCode} without a redirect");
                    using var back = await http.GetAsync(tamper is null ? location : tamper(location));
                    _landing.TrySetResult(await back.Content.ReadAsStringAsync());
                }
                catch (Exception ex)
                {
                    _landing.TrySetException(ex);
                }
            });
        }
    }
}
