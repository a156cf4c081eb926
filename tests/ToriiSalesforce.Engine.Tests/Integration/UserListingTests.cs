using ToriiSalesforce.Engine.Diagnostics;
using ToriiSalesforce.Engine.Users;
using static ToriiSalesforce.Engine.Tests.Integration.EngineHarness;

namespace ToriiSalesforce.Engine.Tests.Integration;

public class UserListingTests
{
    [Fact]
    public async Task Lists_exactly_the_supported_users_in_ceil_n_over_page_size_query_calls()
    {
        await using var server = await StartAsync(users: 1100);
        var session = await ConnectAsync(RefreshFlow(server));
        var expected = server.Org.Users.Where(u => u.UserType == "Standard").Select(u => u.Id).OrderBy(i => i).ToList();
        server.Requests.Clear();

        var users = session.Users.List(new UserQuery { PageSize = 200 }, CancellationToken.None).ToList();

        Assert.Equal(expected, users.Select(u => u.Id).OrderBy(i => i).ToList());
        Assert.All(users, u => Assert.True(u.IsSupported));
        Assert.Equal((expected.Count + 199) / 200, server.Requests.QueryCalls("User"));
    }

    [Fact]
    public async Task Records_carry_licence_features_frozen_state_and_utc_times_as_the_org_has_them()
    {
        await using var server = await StartAsync(users: 400);
        var session = await ConnectAsync(RefreshFlow(server));
        var byId = server.Org.Users.ToDictionary(u => u.Id);

        foreach (var user in session.Users.List(new UserQuery { IncludeExternal = true }, CancellationToken.None))
        {
            var org = byId[user.Id];
            Assert.Equal(org.Username, user.Username);
            Assert.Equal(org.IsActive, user.IsActive);
            Assert.Equal(org.IsFrozen, user.IsFrozen);
            Assert.Equal(org.LicenseName, user.LicenseName);
            Assert.Equal(org.UserPermissionsSupportUser, user.ServiceCloudUser);
            Assert.Equal(org.UserPermissionsMarketingUser, user.MarketingUser);
            Assert.Equal(org.UserType == "Standard", user.IsSupported);
            Assert.Equal(org.UserPermissionsSupportUser, user.FeatureLicenses.Contains("Service Cloud"));
            if (org.LastLoginDate is { } last)
            {
                Assert.Equal(TimeSpan.Zero, user.LastLoginDate!.Value.Offset);
                Assert.True(Math.Abs((last - user.LastLoginDate.Value).TotalSeconds) < 1);
            }
            else
            {
                Assert.Null(user.LastLoginDate);
            }
        }
    }

    [Fact]
    public async Task Stopping_early_spends_one_query_call()
    {
        await using var server = await StartAsync(users: 3000);
        var session = await ConnectAsync(RefreshFlow(server));
        server.Requests.Clear();

        var first = session.Users.List(new UserQuery(), CancellationToken.None).Take(3).ToList();
        await Task.Delay(200); // a wrongly started prefetch would show up by now

        Assert.Equal(3, first.Count);
        Assert.Equal(1, server.Requests.QueryCalls("User"));
    }

    [Fact]
    public async Task Next_page_is_requested_while_the_current_one_is_still_being_consumed()
    {
        await using var server = await StartAsync(users: 1500);
        var session = await ConnectAsync(RefreshFlow(server));
        server.Requests.Clear();

        using var e = session.Users.List(new UserQuery { PageSize = 200 }, CancellationToken.None).GetEnumerator();
        for (var i = 0; i < 150; i++) Assert.True(e.MoveNext());   // three quarters into page one

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (server.Requests.QueryCalls("User") < 2 && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.Equal(2, server.Requests.QueryCalls("User"));
    }

    [Fact]
    public async Task Filters_and_top_reach_salesforce_as_soql()
    {
        await using var server = await StartAsync(users: 600);
        var session = await ConnectAsync(RefreshFlow(server));

        var inactive = session.Users.List(new UserQuery { Active = false }, CancellationToken.None).ToList();
        Assert.NotEmpty(inactive);
        Assert.All(inactive, u => Assert.False(u.IsActive));
        Assert.Equal(server.Org.Users.Count(u => u.UserType == "Standard" && !u.IsActive), inactive.Count);

        var top = session.Users.List(new UserQuery { Top = 7 }, CancellationToken.None).ToList();
        Assert.Equal(7, top.Count);

        var cutoff = server.Org.Users.Select(u => u.SystemModstamp).OrderBy(d => d).ElementAt(300);
        var recent = session.Users.List(new UserQuery { ModifiedSince = cutoff, IncludeExternal = true }, CancellationToken.None).ToList();
        Assert.Equal(server.Org.Users.Count(u => u.SystemModstamp >= cutoff), recent.Count);
    }

    [Fact]
    public async Task Find_by_id_username_and_a_quote_in_the_name()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(RefreshFlow(server));
        var someone = server.Org.Users[5];

        Assert.Equal(someone.Username, session.Users.Find(someone.Id, CancellationToken.None)!.Username);
        Assert.Equal(someone.Id, session.Users.Find(someone.Username, CancellationToken.None)!.Id);
        Assert.Equal(someone.Id, session.Users.Find(someone.Id.Substring(0, 15), CancellationToken.None)!.Id);
        Assert.Null(session.Users.Find("o'nobody@acme.com", CancellationToken.None));
    }

    [Fact]
    public async Task A_feature_field_hidden_by_field_level_security_is_unknown_with_a_warning_not_false()
    {
        await using var server = await StartAsync();
        server.Org.HideUserField("UserPermissionsMarketingUser");
        var session = await ConnectAsync(RefreshFlow(server));
        var log = new RecordingLog();

        List<UserRecord> users;
        using (EngineLog.Push(log)) users = session.Users.List(new UserQuery(), CancellationToken.None).ToList();

        Assert.NotEmpty(users);
        Assert.All(users, u => Assert.Null(u.MarketingUser));
        Assert.All(users, u => Assert.NotNull(u.ServiceCloudUser));
        Assert.Contains(log.Warnings, w => w.Contains("UserPermissionsMarketingUser") && w.Contains("Field-Level Security"));
    }
}
