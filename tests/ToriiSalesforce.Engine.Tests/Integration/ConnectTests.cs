using ToriiSalesforce.Engine.Auth;
using ToriiSalesforce.Engine.Http;
using static ToriiSalesforce.Engine.Tests.Integration.EngineHarness;

namespace ToriiSalesforce.Engine.Tests.Integration;

public class ConnectTests
{
    [Fact]
    public async Task Refresh_token_flow_records_org_user_and_newest_known_api_version()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(RefreshFlow(server));

        Assert.Equal(server.OrgId, session.OrgId);
        Assert.Equal(server.AdminUserId, session.UserId);
        Assert.Equal(server.AdminUsername, session.Username);
        Assert.Equal("Standard", session.UserType);
        Assert.Equal(SalesforceConnector.NewestKnownApiVersion, session.ApiVersion);
        Assert.Equal("RefreshToken", session.AuthFlow);
        Assert.True(session.CanRefresh);
        Assert.Equal(ConnectionMode.ReadOnly, session.Mode);
        Assert.DoesNotContain(server.RefreshToken, session.ToString());
    }

    [Fact]
    public async Task Access_token_flow_connects_but_cannot_refresh()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(AccessFlow(server));
        Assert.Equal("AccessToken", session.AuthFlow);
        Assert.False(session.CanRefresh);
        Assert.Equal(server.AdminUsername, session.Username);
    }

    [Theory]
    [InlineData("CspLitePortal")]
    [InlineData("CustomerSuccess")]
    [InlineData("PowerCustomerSuccess")]
    public async Task Customer_portal_connecting_user_is_refused_with_the_types_that_work(string userType)
    {
        await using var server = await StartAsync();
        var portalUser = server.Org.Users.First(u => u.UserType == userType && u.IsActive);
        var (access, _) = server.CreateSession(portalUser.Id);

        var ex = await Assert.ThrowsAsync<SalesforceApiException>(() => ConnectAsync(new ConnectOptions
        {
            InstanceUrl = server.BaseUrl,
            AccessToken = new Secret(access),
            Resilience = FastRetries,
        }));
        Assert.Equal("UNSUPPORTED_USER_TYPE", ex.ErrorCode);
        Assert.Contains("Standard", ex.Message);
        Assert.Contains(portalUser.Username, ex.Message);
    }

    [Fact]
    public async Task Unknown_refresh_token_is_invalid_grant_with_advice()
    {
        await using var server = await StartAsync();
        var options = RefreshFlow(server);
        options.RefreshToken = new Secret("5Aep861notARealToken");
        var ex = await Assert.ThrowsAsync<SalesforceApiException>(() => ConnectAsync(options));
        Assert.Equal("invalid_grant", ex.ErrorCode);
        Assert.Equal(SalesforceErrorKind.Authentication, ex.Kind);
        Assert.Contains("refresh token", ex.Remediation);
    }

    [Fact]
    public async Task Api_version_the_org_does_not_offer_is_refused()
    {
        await using var server = await StartAsync();
        var options = RefreshFlow(server);
        options.ApiVersion = "99.0";
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => ConnectAsync(options));
        Assert.Contains("99.0", ex.Message);
    }
}
