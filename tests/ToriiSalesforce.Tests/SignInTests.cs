using System.Management.Automation;
using SalesforceEmulator;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

/// <summary>
/// Every sign-in flow end to end through Connect-ToriiSalesforce against the emulator: the
/// interactive flow driven headlessly by following the authorize redirect to the module's loopback
/// listener, the device flow with its polling, JWT bearer and client credentials with their re-mint
/// on an expired session. Each test has its own emulator, since the tests change who signs in.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class SignInTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;
    private Dictionary<string, object?> _variables = null!;

    public async Task InitializeAsync()
    {
        EmulatorFixture.DropCurrentConnection();
        _server = await EmulatorFixture.StartPrivateAsync();
        _variables = EmulatorFixture.VariablesFor(_server);
        _variables["RedirectUri"] = SignInDriver.FreeRedirectUri();
    }

    public async Task DisposeAsync()
    {
        EmulatorFixture.DropCurrentConnection();
        await _server.DisposeAsync();
    }

    private const string ConnectInteractively =
        "Connect-ToriiSalesforce -ClientId $ClientId -LoginUrl $BaseUrl -RedirectUri $RedirectUri -PassThru";

    [Fact]
    public async Task Interactive_sign_in_uses_PKCE_and_state_and_connects_through_the_loopback_listener()
    {
        using var browser = SignInDriver.FollowRedirect();

        var result = PowerShellRunner.Run(ConnectInteractively, _variables);

        Assert.Empty(result.Errors);
        var connection = Assert.Single(result.Objects<Connection>());
        Assert.Equal("WebServer", connection.AuthFlow);
        Assert.True(connection.CanRefresh);
        Assert.Equal(_server.AdminUsername, connection.Username);

        var presented = Assert.Single(browser.Presented);
        var query = System.Web.HttpUtility.ParseQueryString(presented.Query);
        Assert.Equal("/services/oauth2/authorize", presented.AbsolutePath);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"]!.Length);
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.Equal((string)_variables["RedirectUri"]!, query["redirect_uri"]);
        Assert.Contains("Signed in to Salesforce", await browser.Landing);

        // The person is told the address on the information stream (Write-Host style), never on the output stream.
        Assert.Contains(result.Information, line => line.Contains(presented.AbsoluteUri, StringComparison.Ordinal));
        Assert.Single(result.Output);
    }

    [Fact]
    public async Task Interactive_sign_in_denied_in_the_browser_is_a_permission_error_that_says_to_choose_Allow()
    {
        _server.OAuth.DenyNextAuthorization();
        using var browser = SignInDriver.FollowRedirect();

        var result = PowerShellRunner.Run(ConnectInteractively, _variables);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("access_denied,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
        Assert.Contains("Allow", error.ErrorDetails.RecommendedAction);
        Assert.Contains("not completed", await browser.Landing);
        Assert.Null(Base.ConnectionRegistry.Current);
    }

    [Fact]
    public void Interactive_sign_in_that_nobody_finishes_stops_after_TimeoutSec_with_advice()
    {
        using var browser = SignInDriver.NeverSignIn();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = PowerShellRunner.Run(ConnectInteractively + " -TimeoutSec 2", _variables);

        watch.Stop();
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("SIGN_IN_TIMEOUT,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Contains("-TimeoutSec", error.ErrorDetails.RecommendedAction);
        Assert.Contains("-DeviceCode", error.ErrorDetails.RecommendedAction);
        Assert.InRange(watch.Elapsed.TotalSeconds, 1.5, 20);
        Assert.Single(browser.Presented);
    }

    [Fact]
    public async Task A_redirect_carrying_another_state_is_refused_and_its_code_never_used()
    {
        // Something else on the machine answers the redirect with a code of its own choosing.
        using var browser = SignInDriver.FollowRedirect(location =>
            new Uri(System.Text.RegularExpressions.Regex.Replace(location.AbsoluteUri, "state=[^&]*", "state=forged")));

        var result = PowerShellRunner.Run(ConnectInteractively, _variables);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("STATE_MISMATCH,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
        await browser.Landing;
        Assert.Equal(0, _server.Requests.Count(e => e.Path == "/services/oauth2/token"));
    }

    [Fact]
    public void Interactive_sign_in_refuses_a_redirect_uri_that_is_not_loopback_before_any_request()
    {
        using var browser = SignInDriver.NeverSignIn();
        _variables["RedirectUri"] = "https://example.com/OauthRedirect";

        var result = PowerShellRunner.Run(ConnectInteractively, _variables);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("loopback", error.Exception.Message);
        Assert.Empty(browser.Presented);
        Assert.Empty(_server.Requests.Entries);
    }

    [Fact]
    public void Device_sign_in_shows_the_code_polls_through_authorization_pending_and_connects()
    {
        _server.OAuth.DeviceInterval = 1;
        _server.OAuth.DevicePendingPolls = 2;

        var result = PowerShellRunner.Run("Connect-ToriiSalesforce -ClientId $ClientId -DeviceCode -LoginUrl $BaseUrl -PassThru", _variables);

        Assert.Empty(result.Errors);
        var connection = Assert.Single(result.Objects<Connection>());
        Assert.Equal("Device", connection.AuthFlow);
        Assert.True(connection.CanRefresh);
        var prompt = string.Join("\n", result.Information);
        Assert.Contains(_server.BaseUrl.ToString().TrimEnd('/') + "/setup/connect", prompt);
        Assert.Matches("[0-9A-F]{8}", prompt);
        // After the device-code request: two polls answered authorization_pending, the third gave the tokens.
        var polls = _server.Requests.Entries.Where(e => e.Path == "/services/oauth2/token").Skip(1).Select(e => e.StatusCode).ToList();
        Assert.Equal(new[] { 400, 400, 200 }, polls);
    }

    [Fact]
    public void Device_sign_in_waits_longer_when_asked_to_slow_down()
    {
        _server.OAuth.DeviceInterval = 1;
        _server.OAuth.DevicePendingPolls = 0;
        _server.OAuth.SlowDownNextPoll();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = PowerShellRunner.Run("Connect-ToriiSalesforce -ClientId $ClientId -DeviceCode -LoginUrl $BaseUrl -PassThru", _variables);

        watch.Stop();
        Assert.Empty(result.Errors);
        Assert.Equal("Device", Assert.Single(result.Objects<Connection>()).AuthFlow);
        // First poll after 1 s is told slow_down; the next comes 5 s later than the interval.
        var polls = _server.Requests.Entries.Where(e => e.Path == "/services/oauth2/token").Skip(1).ToList();
        Assert.Equal(2, polls.Count);
        Assert.True(polls[1].At - polls[0].At >= TimeSpan.FromSeconds(5.5), $"second poll came {(polls[1].At - polls[0].At).TotalSeconds:0.0}s after the first");
    }

    [Fact]
    public void Device_sign_in_whose_code_is_never_entered_stops_after_TimeoutSec()
    {
        _server.OAuth.DeviceInterval = 1;
        _server.OAuth.DevicePendingPolls = int.MaxValue;

        var result = PowerShellRunner.Run("Connect-ToriiSalesforce -ClientId $ClientId -DeviceCode -LoginUrl $BaseUrl -TimeoutSec 3", _variables);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("SIGN_IN_TIMEOUT,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Contains("-DeviceCode", error.ErrorDetails.RecommendedAction);
        Assert.Null(Base.ConnectionRegistry.Current);
    }

    [Fact]
    public void Jwt_bearer_with_a_certificate_file_connects_and_re_mints_once_when_the_session_expires()
    {
        using var certificate = new CertificateFile(_server.OAuth.JwtCertificate, "pfx-password-1");
        _variables["CertPath"] = certificate.Path;
        _variables["Username"] = _server.AdminUsername;

        var result = PowerShellRunner.Run(
            "$password = ConvertTo-SecureString 'pfx-password-1' -AsPlainText -Force\n" +
            "$c = Connect-ToriiSalesforce -ClientId $ClientId -Username $Username -CertificatePath $CertPath -CertificatePassword $password -LoginUrl $BaseUrl -PassThru\n" +
            "$c\n" +
            "1..3 | ForEach-Object { $null = Get-ToriiSfUser -Top 1 }\n" +
            "$Expire.Invoke()\n" +
            "1..3 | ForEach-Object { Get-ToriiSfUser -Top 1 }",
            With("Expire", new Action(() => _server.Faults.ExpireSessionsAfter(0))));

        Assert.Empty(result.Errors);
        var connection = Assert.Single(result.Objects<Connection>());
        Assert.Equal("JwtBearer", connection.AuthFlow);
        Assert.Equal(_server.AdminUsername, connection.Username);
        Assert.Equal(3, result.Objects<User>().Count);
        // One JWT at connect, one more after the sessions expired: never one per call.
        Assert.Equal(2, TokensIssued());
    }

    [Fact]
    public void Jwt_bearer_with_a_certificate_object_connects()
    {
        _variables["Cert"] = _server.OAuth.JwtCertificate;
        _variables["Username"] = _server.AdminUsername;

        var result = PowerShellRunner.Run("Connect-ToriiSalesforce -ClientId $ClientId -Username $Username -Certificate $Cert -LoginUrl $BaseUrl -PassThru", _variables);

        Assert.Empty(result.Errors);
        Assert.Equal("JwtBearer", Assert.Single(result.Objects<Connection>()).AuthFlow);
    }

    [Fact]
    public void Jwt_bearer_refused_for_its_audience_says_which_login_host_to_use()
    {
        // The emulator's login host is 127.0.0.1; naming it localhost gives the JWT another audience.
        _variables["Cert"] = _server.OAuth.JwtCertificate;
        _variables["Username"] = _server.AdminUsername;
        _variables["OtherHost"] = $"http://localhost:{_server.BaseUrl.Port}";

        var result = PowerShellRunner.Run("Connect-ToriiSalesforce -ClientId $ClientId -Username $Username -Certificate $Cert -LoginUrl $OtherHost", _variables);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("invalid_grant,", error.FullyQualifiedErrorId);
        Assert.Contains("audience", error.ErrorDetails.RecommendedAction);
        Assert.Contains("-Sandbox", error.ErrorDetails.RecommendedAction);
    }

    [Fact]
    public void Client_credentials_connect_as_the_run_as_user_and_re_mint_once_when_the_session_expires()
    {
        var integration = _server.Org.Users.First(u => u.IsActive && u.UserType == "Standard" && u.Id != _server.AdminUserId);
        _server.OAuth.ClientCredentialsUserId = integration.Id;

        var result = PowerShellRunner.Run(
            "$secret = ConvertTo-SecureString $ClientSecretText -AsPlainText -Force\n" +
            "Connect-ToriiSalesforce -ClientId $ClientId -ClientSecret $secret -LoginUrl $BaseUrl -PassThru\n" +
            "$Expire.Invoke()\n" +
            "1..3 | ForEach-Object { Get-ToriiSfUser -Top 1 }",
            With("Expire", new Action(() => _server.Faults.ExpireSessionsAfter(0))));

        Assert.Empty(result.Errors);
        var connection = Assert.Single(result.Objects<Connection>());
        Assert.Equal("ClientCredentials", connection.AuthFlow);
        Assert.Equal(integration.Username, connection.Username);
        Assert.Equal(3, result.Objects<User>().Count);
        Assert.Equal(2, TokensIssued());
    }

    [Theory]
    [InlineData("-Sandbox")]
    [InlineData("")]
    public void Client_credentials_against_a_generic_login_host_are_refused_before_any_request(string host)
    {
        var result = PowerShellRunner.Run(
            "$secret = ConvertTo-SecureString $ClientSecretText -AsPlainText -Force\n" +
            $"Connect-ToriiSalesforce -ClientId $ClientId -ClientSecret $secret {host}", _variables);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("-Domain", error.Exception.Message);
        Assert.Empty(_server.Requests.Entries);
    }

    [Fact]
    public async Task A_portal_user_who_signs_in_interactively_is_refused_at_connect()
    {
        var portal = _server.Org.Users.First(u => u.UserType == "PowerCustomerSuccess" && u.IsActive);
        _server.OAuth.AuthorizeAsUserId = portal.Id;
        using var browser = SignInDriver.FollowRedirect();

        var result = PowerShellRunner.Run(ConnectInteractively, _variables);

        await browser.Landing;
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("UNSUPPORTED_USER_TYPE,", error.FullyQualifiedErrorId);
        Assert.Contains(portal.Username, error.Exception.Message);
        Assert.Null(Base.ConnectionRegistry.Current);
    }

    private Dictionary<string, object?> With(string name, object value)
    {
        _variables[name] = value;
        return _variables;
    }

    private int TokensIssued() => _server.Requests.Count(e => e.Path == "/services/oauth2/token" && e.StatusCode == 200);
}
