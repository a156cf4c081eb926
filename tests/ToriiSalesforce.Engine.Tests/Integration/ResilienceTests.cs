using System.Diagnostics;
using ToriiSalesforce.Engine.Diagnostics;
using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Users;
using static ToriiSalesforce.Engine.Tests.Integration.EngineHarness;

namespace ToriiSalesforce.Engine.Tests.Integration;

public class ResilienceTests
{
    [Fact]
    public async Task A_503_burst_is_retried_and_the_listing_completes()
    {
        await using var server = await StartAsync(users: 800);
        var session = await ConnectAsync(RefreshFlow(server));
        var expected = server.Org.Users.Count(u => u.UserType == "Standard");

        server.Faults.FailNext(3);
        var users = session.Users.List(new UserQuery { PageSize = 200 }, CancellationToken.None).ToList();

        Assert.Equal(expected, users.Count);
        Assert.Equal(expected, users.Select(u => u.Id).Distinct().Count());
        Assert.True(server.Requests.Count(e => e.StatusCode == 503) >= 3);
    }

    [Fact]
    public async Task Retry_after_is_honoured()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(RefreshFlow(server));

        server.Faults.FailNext(1, 503, retryAfterSeconds: 1);
        var watch = Stopwatch.StartNew();
        _ = session.Users.List(new UserQuery { Top = 1 }, CancellationToken.None).ToList();
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {watch.Elapsed}");
    }

    [Fact]
    public async Task Request_limit_exceeded_is_not_retried_and_keeps_its_code()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(RefreshFlow(server));
        server.Faults.ExhaustDailyLimit();
        server.Requests.Clear();

        var ex = Assert.Throws<SalesforceApiException>(() => session.Users.List(new UserQuery(), CancellationToken.None).ToList());

        Assert.Equal("REQUEST_LIMIT_EXCEEDED", ex.ErrorCode);
        Assert.Equal(SalesforceErrorKind.LimitExceeded, ex.Kind);
        Assert.Equal(1, server.Requests.Count(e => e.StatusCode == 403)); // one refusal, no retries
    }

    [Fact]
    public async Task Session_expiring_mid_paging_is_renewed_once_and_nothing_is_lost_or_repeated()
    {
        await using var server = await StartAsync(users: 1200);
        var session = await ConnectAsync(RefreshFlow(server));
        var expected = server.Org.Users.Where(u => u.UserType == "Standard").Select(u => u.Id).OrderBy(i => i).ToList();
        var tokenCallsBefore = TokenCalls(server);

        server.Faults.ExpireSessionsAfter(3);
        var ids = session.Users.List(new UserQuery { PageSize = 200 }, CancellationToken.None).Select(u => u.Id).ToList();

        Assert.Equal(expected, ids.OrderBy(i => i).ToList());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(tokenCallsBefore + 1, TokenCalls(server));
    }

    [Fact]
    public async Task Concurrent_401s_share_one_renewal_and_rotated_refresh_tokens_are_used()
    {
        await using var server = await StartAsync(rotate: true);
        var session = await ConnectAsync(RefreshFlow(server));
        var before = TokenCalls(server);

        server.Faults.ExpireSessionsAfter(0);
        var lists = Enumerable.Range(0, 4).Select(_ => Task.Run(() => session.Users.List(new UserQuery { Top = 5 }, CancellationToken.None).ToList())).ToArray();
        await Task.WhenAll(lists);
        Assert.Equal(before + 1, TokenCalls(server));

        // With rotation the old refresh token is dead: a second expiry only works if the new one was kept.
        server.Faults.ExpireSessionsAfter(0);
        Assert.Equal(5, session.Users.List(new UserQuery { Top = 5 }, CancellationToken.None).Count());
    }

    [Fact]
    public async Task Expired_access_token_without_refresh_says_to_connect_again()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(AccessFlow(server));
        server.Faults.ExpireSessionsAfter(0);

        var ex = Assert.Throws<SalesforceApiException>(() => session.Users.List(new UserQuery(), CancellationToken.None).ToList());
        Assert.Equal("INVALID_SESSION_ID", ex.ErrorCode);
        Assert.Contains("Connect-ToriiSalesforce", ex.Remediation);
    }

    [Fact]
    public async Task Api_usage_is_kept_from_limit_headers()
    {
        await using var server = await StartAsync();
        var session = await ConnectAsync(RefreshFlow(server));
        _ = session.Users.List(new UserQuery { Top = 1 }, CancellationToken.None).ToList();
        Assert.NotNull(session.ApiUsage);
        Assert.True(session.ApiUsage!.Used > 0);
        Assert.Equal(15000, session.ApiUsage.Max);
    }

    [Fact]
    public async Task No_log_line_or_error_carries_a_token()
    {
        await using var server = await StartAsync(rotate: true);
        var log = new RecordingLog();
        using (EngineLog.Push(log))
        {
            var session = await ConnectAsync(RefreshFlow(server));
            server.Faults.ExpireSessionsAfter(1);
            server.Faults.FailNext(1);
            _ = session.Users.List(new UserQuery { PageSize = 200 }, CancellationToken.None).ToList();
            server.Faults.ExhaustDailyLimit();
            var ex = Assert.Throws<SalesforceApiException>(() => session.Users.List(new UserQuery(), CancellationToken.None).ToList());
            log.Lines.Enqueue(ex.ToString());
        }

        Assert.NotEmpty(log.Lines);
        var secrets = new[] { server.RefreshToken, server.AccessToken, server.ClientSecret, server.OrgId.Substring(0, 15) + "!" };
        foreach (var line in log.Lines)
            foreach (var secret in secrets)
                Assert.DoesNotContain(secret, line);
    }
}
