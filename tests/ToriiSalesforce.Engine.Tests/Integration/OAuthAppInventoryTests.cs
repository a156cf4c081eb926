using SalesforceEmulator;
using ToriiSalesforce.Engine.Auth;
using ToriiSalesforce.Engine.Diagnostics;
using ToriiSalesforce.Engine.OAuthApps;
using ToriiSalesforce.Engine.Tests.EmulatorTests;
using static ToriiSalesforce.Engine.Tests.Integration.EngineHarness;

namespace ToriiSalesforce.Engine.Tests.Integration;

/// <summary>
/// Apps connected over OAuth, against the emulator's OauthToken with its real quirks (null Id, 500
/// rows a page, nothing after 2,500 rows a query). Expected figures come from raw REST and the
/// generated users.
/// </summary>
public class OAuthAppInventoryTests
{
    private static Task<EmulatorServer> StartWithGrants(int grants, int users = 300) =>
        EmulatorServer.StartAsync(new EmulatorOptions { Users = users, Seed = 7, OAuthGrants = grants });

    [Fact]
    public async Task An_org_with_20000_grants_is_listed_in_full_past_the_2500_row_cap()
    {
        await using var server = await StartWithGrants(20_000);
        var session = await ConnectAsync(RefreshFlow(server));
        server.Requests.Clear();

        var grants = session.OAuthApps.Grants(CancellationToken.None).ToList();

        Assert.Equal(20_000, grants.Count);
        // Id is always null on OauthToken, so the revoke handle is what tells grants apart.
        Assert.Equal(20_000, grants.Select(g => g.DeleteToken).Distinct(StringComparer.Ordinal).Count());
        // One COUNT(), then eight windows of 2,500 rows at 500 a page.
        Assert.Equal(1 + 8 * 5, server.Requests.QueryCalls("OauthToken"));
    }

    [Fact]
    public async Task Grants_carry_the_users_state_and_apps_sum_them_up()
    {
        await using var server = await StartWithGrants(400);
        var session = await ConnectAsync(RefreshFlow(server));
        var users = server.Org.Users.ToDictionary(u => u.Id);
        using var client = new EmulatorClient(server);
        var raw = (await client.AllPages("SELECT AppName, UserId, UseCount FROM OauthToken"))
            .SelectMany(p => p.GetProperty("records").EnumerateArray())
            .Select(r => (App: r.GetProperty("AppName").GetString()!, User: r.GetProperty("UserId").GetString()!, Uses: r.GetProperty("UseCount").GetInt32()))
            .ToList();

        var grants = session.OAuthApps.Grants(CancellationToken.None).ToList();
        var apps = session.OAuthApps.Apps(CancellationToken.None).ToList();

        Assert.Equal(raw.Count, grants.Count);
        foreach (var grant in grants)
        {
            var user = users[grant.UserId!];
            Assert.Equal(user.Username, grant.Username);
            Assert.Equal(user.IsActive, grant.UserIsActive);
            Assert.Equal(user.IsFrozen, grant.UserIsFrozen);
        }
        Assert.Contains(grants, g => g.UserIsActive == false);
        Assert.Contains(grants, g => g.UserIsFrozen == true);

        Assert.Equal(raw.Select(r => r.App).Distinct().OrderBy(a => a, StringComparer.OrdinalIgnoreCase), apps.Select(a => a.AppName));
        foreach (var app in apps)
        {
            var mine = raw.Where(r => r.App == app.AppName).ToList();
            var holders = mine.Select(r => r.User).Distinct().ToList();
            Assert.Equal(mine.Count, app.Tokens);
            Assert.Equal(holders.Count, app.Users);
            Assert.Equal(holders.Count(u => users[u].IsActive && !users[u].IsFrozen), app.ActiveUsers);
            Assert.Equal(app.Users - app.ActiveUsers, app.InactiveOrFrozenUsers);
            Assert.Equal(mine.Sum(r => (long)r.Uses), app.UseCount);
            Assert.Equal(app.AppMenuItemId is not null, app.ConnectedApplicationId is not null);
        }
        Assert.True(Assert.Single(apps, a => a.AppName == "Salesforce CLI").IsSalesforceOwned);
        Assert.False(Assert.Single(apps, a => a.AppName == "Zapier").IsSalesforceOwned);
    }

    [Fact]
    public async Task Without_customize_application_the_partial_list_comes_with_a_warning()
    {
        await using var server = await StartWithGrants(600);
        using var admin = new EmulatorClient(server);
        var holders = (await admin.AllPages("SELECT UserId FROM OauthToken"))
            .SelectMany(p => p.GetProperty("records").EnumerateArray()).Select(r => r.GetProperty("UserId").GetString()).ToHashSet();
        var user = server.Org.Users.First(u => u.Id != server.AdminUserId && u.IsActive && holders.Contains(u.Id));
        var (token, _) = server.CreateSession(user.Id);
        var session = await ConnectAsync(new ConnectOptions { InstanceUrl = server.BaseUrl, AccessToken = new Secret(token), Resilience = FastRetries });
        var log = new RecordingLog();

        List<OAuthGrantRecord> grants;
        using (EngineLog.Push(log)) grants = session.OAuthApps.Grants(CancellationToken.None).ToList();

        Assert.NotEmpty(grants);
        Assert.All(grants, g => Assert.Equal(user.Id, g.UserId));
        Assert.Contains(log.Warnings, w => w.Contains("Customize Application") && w.Contains("NOT the org's"));
    }
}
