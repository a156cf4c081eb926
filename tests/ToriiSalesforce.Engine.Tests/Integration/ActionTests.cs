using SalesforceEmulator;
using ToriiSalesforce.Engine.Actions;
using ToriiSalesforce.Engine.Auth;
using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Query;
using static ToriiSalesforce.Engine.Tests.Integration.EngineHarness;

namespace ToriiSalesforce.Engine.Tests.Integration;

/// <summary>Deactivating, freezing and revoking: only on a TakeAction connection, each visible in the org afterwards.</summary>
public class ActionTests
{
    [Fact]
    public async Task A_read_only_connection_changes_nothing_and_says_how_to_connect_for_action()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(RefreshFlow(server));
        var user = session.Users.Find(Victim(server).Username, CancellationToken.None)!;
        server.Requests.Clear();

        var ex = await Assert.ThrowsAsync<SalesforceApiException>(() => session.UserActions.SetActiveAsync(user, false, CancellationToken.None));
        await Assert.ThrowsAsync<SalesforceApiException>(() => session.UserActions.SetFrozenAsync(user, true, CancellationToken.None));
        await Assert.ThrowsAsync<SalesforceApiException>(() => session.OAuthTokenRevoker.RevokeAsync(new Secret("dt_whatever"), "a grant", CancellationToken.None));

        Assert.Equal(TakeActionGuard.ErrorCode, ex.ErrorCode);
        Assert.Contains("-Mode TakeAction", ex.Remediation);
        Assert.Empty(server.Requests.Entries);
        Assert.True(Victim(server).IsActive);
    }

    [Fact]
    public async Task Deactivating_frees_the_licence_once_and_a_second_time_sends_nothing()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(TakeAction(server));
        var victim = Victim(server);
        var user = session.Users.Find(victim.Id, CancellationToken.None)!;

        var first = await session.UserActions.SetActiveAsync(user, false, CancellationToken.None);
        Assert.True(first.Changed);
        Assert.False(victim.IsActive);
        Assert.False(session.Users.Find(victim.Id, CancellationToken.None)!.IsActive);

        var again = session.Users.Find(victim.Id, CancellationToken.None)!;
        server.Requests.Clear();
        var second = await session.UserActions.SetActiveAsync(again, false, CancellationToken.None);
        Assert.False(second.Changed);
        Assert.Equal(0, server.Requests.Count(e => e.Method == "PATCH"));

        var back = await session.UserActions.SetActiveAsync(again, true, CancellationToken.None);
        Assert.True(back.Changed);
        Assert.True(victim.IsActive);
    }

    [Fact]
    public async Task Freezing_sets_the_users_login_record_and_unfreezing_clears_it()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(TakeAction(server));
        var victim = Victim(server);
        var user = session.Users.Find(victim.Id, CancellationToken.None)!;
        Assert.False(user.IsFrozen);

        Assert.True((await session.UserActions.SetFrozenAsync(user, true, CancellationToken.None)).Changed);
        var frozen = session.Users.Find(victim.Id, CancellationToken.None)!;
        Assert.True(frozen.IsFrozen);
        Assert.True(frozen.IsActive); // freezing keeps the licence
        Assert.False((await session.UserActions.SetFrozenAsync(frozen, true, CancellationToken.None)).Changed);

        Assert.True((await session.UserActions.SetFrozenAsync(frozen, false, CancellationToken.None)).Changed);
        Assert.False(session.Users.Find(victim.Id, CancellationToken.None)!.IsFrozen);
    }

    [Fact]
    public async Task The_connected_user_is_never_deactivated_or_frozen()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(TakeAction(server));
        var me = session.Users.Find(server.AdminUserId, CancellationToken.None)!;
        server.Requests.Clear();

        var ex = await Assert.ThrowsAsync<SalesforceApiException>(() => session.UserActions.SetActiveAsync(me, false, CancellationToken.None));
        await Assert.ThrowsAsync<SalesforceApiException>(() => session.UserActions.SetFrozenAsync(me, true, CancellationToken.None));

        Assert.Equal("CANNOT_CHANGE_CONNECTED_USER", ex.ErrorCode);
        Assert.Equal(0, server.Requests.Count(e => e.Method == "PATCH"));
    }

    [Fact]
    public async Task Without_manage_users_the_refusal_names_the_permission()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(TakeAction(server));
        var user = session.Users.Find(Victim(server).Id, CancellationToken.None)!;
        server.Org.SetPermission(server.AdminUserId, "PermissionsManageUsers", false);

        var ex = await Assert.ThrowsAsync<ToriiSalesforce.Engine.Permissions.MissingPrerequisiteException>(() => session.UserActions.SetActiveAsync(user, false, CancellationToken.None));

        Assert.Equal("INSUFFICIENT_ACCESS_OR_READONLY", ex.ErrorCode);
        Assert.Equal("Manage Users", ex.Prerequisite);
        Assert.Equal(SalesforceErrorKind.PermissionDenied, ex.Kind);
        Assert.Contains("Manage Users", ex.Remediation);
        Assert.True(Victim(server).IsActive);
    }

    [Fact]
    public async Task Revoking_a_grant_removes_it_and_a_second_revoke_says_it_is_gone()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(TakeAction(server));
        var before = Count(session, "SELECT COUNT() FROM OauthToken");
        var grant = session.Query("SELECT AppName, UserId, DeleteToken FROM OauthToken ORDER BY AppName LIMIT 1",
            r => (App: SalesforceJson.String(r, "AppName"), Token: SalesforceJson.String(r, "DeleteToken")!), "test", CancellationToken.None).First();

        await session.OAuthTokenRevoker.RevokeAsync(new Secret(grant.Token), grant.App + " grant", CancellationToken.None);
        Assert.Equal(before - 1, Count(session, "SELECT COUNT() FROM OauthToken"));

        var ex = await Assert.ThrowsAsync<SalesforceApiException>(() => session.OAuthTokenRevoker.RevokeAsync(new Secret(grant.Token), grant.App + " grant", CancellationToken.None));
        Assert.Equal("invalid_token", ex.ErrorCode);
        Assert.Contains("revoked already", ex.Message);
        Assert.DoesNotContain(grant.Token, ex.ToString());
    }

    private static ConnectOptions TakeAction(EmulatorServer server)
    {
        var options = RefreshFlow(server);
        options.Mode = ConnectionMode.TakeAction;
        return options;
    }

    /// <summary>An active, unfrozen internal user other than the admin.</summary>
    private static SalesforceEmulator.Org.EmulatedUser Victim(EmulatorServer server) =>
        server.Org.Users.First(u => u.UserType == "Standard" && u.IsActive && u.Id != server.AdminUserId && !u.IsFrozen);

    private static int Count(SalesforceSession session, string soql) =>
        session.Http.GetJsonAsync($"/services/data/v{session.ApiVersion}/query?q={Uri.EscapeDataString(soql)}", "count", null, CancellationToken.None)
            .GetAwaiter().GetResult().RootElement.GetProperty("totalSize").GetInt32();
}
