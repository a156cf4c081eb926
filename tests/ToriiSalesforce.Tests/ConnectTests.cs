using System.Management.Automation;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class ConnectTests
{
    private readonly EmulatorFixture _emulator;

    public ConnectTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        EmulatorFixture.DropCurrentConnection();
    }

    [Fact]
    public void Refresh_token_connect_writes_nothing_and_becomes_the_current_connection()
    {
        var connect = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken, _emulator.Variables);
        Assert.Empty(connect.Errors);
        Assert.Empty(connect.Output);

        // A second runspace sees it: the current connection is process-wide.
        var context = PowerShellRunner.Run("Get-ToriiSfContext");
        var connection = Assert.Single(context.Objects<Connection>());
        Assert.Equal(_emulator.Server.AdminUsername, connection.Username);
        Assert.Equal(_emulator.Server.AdminUserId, connection.UserId);
        Assert.Equal(_emulator.Server.OrgId, connection.OrgId);
        Assert.Equal("Standard", connection.UserType);
        Assert.Equal("RefreshToken", connection.AuthFlow);
        Assert.True(connection.CanRefresh);
        Assert.Equal(ConnectionMode.ReadOnly, connection.Mode);
        Assert.Equal(_emulator.Server.BaseUrl.Host, connection.InstanceUrl.Host);
        Assert.Equal(TimeSpan.Zero, connection.ConnectedAt.Offset);
    }

    [Fact]
    public void Access_token_connect_with_PassThru_returns_the_connection()
    {
        var result = PowerShellRunner.Run(
            "$token = ConvertTo-SecureString $AccessTokenText -AsPlainText -Force\n" +
            "Connect-ToriiSalesforce -InstanceUrl $BaseUrl -AccessToken $token -Mode TakeAction -PassThru",
            _emulator.Variables);

        Assert.Empty(result.Errors);
        var connection = Assert.Single(result.Objects<Connection>());
        Assert.Single(result.Output);
        Assert.Equal("AccessToken", connection.AuthFlow);
        Assert.False(connection.CanRefresh);
        Assert.Null(connection.LoginUrl);
        Assert.Equal(ConnectionMode.TakeAction, connection.Mode);
        Assert.Equal($"{_emulator.Server.AdminUsername} @ {_emulator.Server.BaseUrl.Host} (TakeAction)", connection.ToString());
        Assert.Same(connection, Base.ConnectionRegistry.Current);
    }

    [Fact]
    public void Connection_reports_live_api_usage_and_requests_sent()
    {
        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken +
            "$before = (Get-ToriiSfContext).RequestsSent\n" +
            "$null = Get-ToriiSfUser -Top 1\n" +
            "$after = Get-ToriiSfContext\n" +
            "$after.RequestsSent - $before\n" +
            "$after.ApiUsed; $after.ApiMax; $after.ApiRemaining",
            _emulator.Variables);

        Assert.Empty(result.Errors);
        var values = result.Output.Select(o => Convert.ToInt64(o.BaseObject)).ToList();
        Assert.True(values[0] > 0, "listing users sent no request");
        Assert.True(values[1] > 0);
        Assert.Equal(values[2] - values[1], values[3]);
    }

    [Theory]
    [InlineData("CspLitePortal")]
    [InlineData("PowerCustomerSuccess")]
    public void A_portal_connecting_user_is_refused_with_UNSUPPORTED_USER_TYPE(string userType)
    {
        var portalUser = _emulator.Server.Org.Users.First(u => u.UserType == userType && u.IsActive);
        var (accessToken, _) = _emulator.Server.CreateSession(portalUser.Id);
        var variables = _emulator.Variables;
        variables["PortalToken"] = accessToken;

        var result = PowerShellRunner.Run(
            "$token = ConvertTo-SecureString $PortalToken -AsPlainText -Force\n" +
            "try { Connect-ToriiSalesforce -InstanceUrl $BaseUrl -AccessToken $token } catch { $_ }\n" +
            "Get-ToriiSfContext",
            variables);

        // Caught by try/catch, so it was terminating; and no connection was left behind.
        var error = Assert.Single(result.Objects<ErrorRecord>());
        Assert.StartsWith("UNSUPPORTED_USER_TYPE,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
        Assert.Contains("Standard", error.ToString());
        Assert.Contains(portalUser.Username, error.ToString());
        Assert.Null(Base.ConnectionRegistry.Current);
        var exception = Assert.IsType<SalesforceException>(error.Exception);
        Assert.Equal("UNSUPPORTED_USER_TYPE", exception.ErrorCode);
    }

    [Fact]
    public void A_refused_refresh_token_is_an_authentication_error_that_says_what_to_do()
    {
        var result = PowerShellRunner.Run(
            "$refresh = ConvertTo-SecureString '5Aep861notARealToken' -AsPlainText -Force\n" +
            "Connect-ToriiSalesforce -ClientId $ClientId -RefreshToken $refresh -LoginUrl $BaseUrl",
            _emulator.Variables);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("invalid_grant,ToriiSalesforce.Commands.ConnectToriiSalesforceCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("refresh token", error.ErrorDetails.RecommendedAction);
    }

    [Fact]
    public void Two_login_hosts_at_once_are_an_invalid_argument()
    {
        var result = PowerShellRunner.Run(
            "$refresh = ConvertTo-SecureString $RefreshTokenText -AsPlainText -Force\n" +
            "Connect-ToriiSalesforce -ClientId $ClientId -RefreshToken $refresh -LoginUrl $BaseUrl -Sandbox",
            _emulator.Variables);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("InvalidArgument,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("-Sandbox", error.Exception.Message);
    }

    [Fact]
    public void A_plain_http_instance_url_that_is_not_loopback_is_refused_before_any_request()
    {
        var before = _emulator.Server.Requests.Entries.Count();
        var result = PowerShellRunner.Run(
            "$token = ConvertTo-SecureString $AccessTokenText -AsPlainText -Force\n" +
            "Connect-ToriiSalesforce -InstanceUrl 'http://acme.my.salesforce.com' -AccessToken $token",
            _emulator.Variables);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("https", error.Exception.Message);
        Assert.Equal(before, _emulator.Server.Requests.Entries.Count());
    }
}
