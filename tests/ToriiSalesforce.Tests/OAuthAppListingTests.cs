using SalesforceEmulator;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

/// <summary>
/// Get-ToriiSfOAuthApp and Get-ToriiSfOAuthToken against the emulator's OauthToken, quirks included
/// (null Id, 500 rows a page, nothing past 2,500 rows a query). Expected figures come from raw REST.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class OAuthAppListingTests
{
    private readonly EmulatorFixture _emulator;

    public OAuthAppListingTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        EmulatorFixture.DropCurrentConnection();
    }

    private sealed record RawGrant(string App, string UserId, int UseCount);

    private static async Task<List<RawGrant>> RawGrants(EmulatorServer server) =>
        (await RawRest.Records(server, "SELECT AppName, UserId, UseCount FROM OauthToken"))
        .Select(r => new RawGrant(r.GetProperty("AppName").GetString()!, r.GetProperty("UserId").GetString()!, r.GetProperty("UseCount").GetInt32()))
        .ToList();

    [Fact]
    public async Task One_record_per_app_with_the_figures_its_grants_add_up_to()
    {
        var raw = await RawGrants(_emulator.Server);
        var users = _emulator.Server.Org.Users.ToDictionary(u => u.Id);

        var result = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfOAuthApp", _emulator.Variables);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var apps = result.Objects<OAuthApp>();
        Assert.Equal(raw.Select(g => g.App).Distinct().Count(), apps.Count);
        foreach (var app in apps)
        {
            var grants = raw.Where(g => g.App == app.AppName).ToList();
            var holders = grants.Select(g => g.UserId).Distinct().ToList();
            Assert.Equal(grants.Count, app.Tokens);
            Assert.Equal(holders.Count, app.Users);
            Assert.Equal(holders.Count(u => users[u].IsActive && !users[u].IsFrozen), app.ActiveUsers);
            Assert.Equal(app.Users - app.ActiveUsers, app.InactiveOrFrozenUsers);
            Assert.Equal(grants.Sum(g => (long)g.UseCount), app.UseCount);
            if (app.LastUsed is { } last) Assert.Equal(TimeSpan.Zero, last.Offset);
        }
        Assert.Contains(apps, a => a.InactiveOrFrozenUsers > 0);
        Assert.True(Assert.Single(apps, a => a.AppName == "Salesforce for iOS").IsSalesforceOwned);
        Assert.False(Assert.Single(apps, a => a.AppName == "DocuSign for Salesforce").IsSalesforceOwned);
        Assert.NotNull(Assert.Single(apps, a => a.AppName == "Zapier").ConnectedApplicationId);
        Assert.Null(Assert.Single(apps, a => a.AppName == "Workbench").AppMenuItemId);
    }

    [Fact]
    public async Task One_record_per_grant_with_the_users_state_the_same_from_either_command()
    {
        var raw = await RawGrants(_emulator.Server);
        var users = _emulator.Server.Org.Users.ToDictionary(u => u.Id);

        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfOAuthToken\n'---'\nGet-ToriiSfOAuthApp -ByUser", _emulator.Variables);

        Assert.Empty(result.Errors);
        var split = result.Output.Select(o => o.BaseObject).ToList().IndexOf("---");
        var tokens = result.Output.Take(split).Select(o => (OAuthToken)o.BaseObject).ToList();
        var byUser = result.Output.Skip(split + 1).Select(o => (OAuthToken)o.BaseObject).ToList();
        Assert.Equal(raw.Count, tokens.Count);
        Assert.Equal(tokens.Select(t => t.DeleteToken), byUser.Select(t => t.DeleteToken));
        foreach (var token in tokens)
        {
            var user = users[token.UserId!];
            Assert.Equal(user.Username, token.Username);
            Assert.Equal(user.IsActive, token.UserIsActive);
            Assert.Equal(user.IsFrozen, token.UserIsFrozen);
            Assert.False(string.IsNullOrEmpty(token.DeleteToken));
        }
        Assert.Contains(tokens, t => t.UserIsActive == false);
        Assert.Contains(tokens, t => t.UserIsFrozen == true);
    }

    [Fact]
    public async Task An_org_with_20000_grants_is_listed_in_full()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 300, Seed = 42, OAuthGrants = 20_000 });
        // What a plain query gets: Salesforce stops it at 2,500 rows.
        Assert.Equal(2_500, (await RawRest.Records(server, "SELECT AppName FROM OauthToken")).Count);

        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken +
            "$tokens = Get-ToriiSfOAuthToken\n" +
            "$tokens.Count\n" +
            "@($tokens.DeleteToken | Sort-Object -Unique).Count\n" +
            "(Get-ToriiSfOAuthApp | Measure-Object Tokens -Sum).Sum",
            EmulatorFixture.VariablesFor(server));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(new[] { "20000", "20000", "20000" }, result.Output.Select(o => o.BaseObject.ToString()));
    }

    [Fact]
    public async Task A_user_without_customize_application_is_warned_that_only_their_own_grants_show()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync();
        var holders = (await RawGrants(server)).Select(g => g.UserId).ToHashSet();
        var user = server.Org.Users.First(u => u.Id != server.AdminUserId && u.IsActive && holders.Contains(u.Id));
        var variables = EmulatorFixture.VariablesFor(server);
        variables["AccessTokenText"] = server.CreateSession(user.Id).AccessToken;

        var result = PowerShellRunner.Run(
            "$token = ConvertTo-SecureString $AccessTokenText -AsPlainText -Force\n" +
            "Connect-ToriiSalesforce -InstanceUrl $BaseUrl -AccessToken $token\n" +
            "Get-ToriiSfOAuthToken", variables);

        Assert.Empty(result.Errors);
        var tokens = result.Objects<OAuthToken>();
        Assert.NotEmpty(tokens);
        Assert.All(tokens, t => Assert.Equal(user.Id, t.UserId));
        var warning = Assert.Single(result.Warnings, w => w.Contains("Customize Application"));
        Assert.Contains("NOT the org's", warning);
        Assert.Contains(user.Username, warning);
    }
}
