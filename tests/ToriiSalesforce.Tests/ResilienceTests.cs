using System.Management.Automation;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class ResilienceTests
{
    private readonly EmulatorFixture _emulator;

    public ResilienceTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        EmulatorFixture.DropCurrentConnection();
    }

    [Fact]
    public void A_503_burst_is_retried_and_the_listing_completes_with_verbose_retry_lines()
    {
        var expected = _emulator.Server.Org.Users.Count(u => u.UserType == "Standard");

        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken + "$FailNext.Invoke()\nGet-ToriiSfUser -PageSize 200 -Verbose",
            new Dictionary<string, object?>(_emulator.Variables) { ["FailNext"] = new Action(() => _emulator.Server.Faults.FailNext(3)) });

        Assert.Empty(result.Errors);
        var users = result.Objects<User>();
        Assert.Equal(expected, users.Count);
        Assert.Equal(expected, users.Select(u => u.Id).Distinct().Count());
        Assert.True(result.Verbose.Count(v => v.Contains("retry", StringComparison.OrdinalIgnoreCase)) >= 3,
            "each retry should be reported on the Verbose stream");
    }

    [Fact]
    public async Task REQUEST_LIMIT_EXCEEDED_is_not_retried_and_starts_the_error_id()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync();
        var variables = EmulatorFixture.VariablesFor(server);
        variables["Exhaust"] = new Action(() => server.Faults.ExhaustDailyLimit());

        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken +
            "$Exhaust.Invoke()\n" +
            "try { Get-ToriiSfUser } catch { $_ }",
            variables);

        var error = Assert.Single(result.Objects<ErrorRecord>());
        Assert.Equal("REQUEST_LIMIT_EXCEEDED,ToriiSalesforce.Commands.GetToriiSfUserCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
        Assert.Contains("Retrying now only fails again", error.ToString());
        // Not retried: the org refused exactly one request, and nothing was sent after it.
        var entries = server.Requests.Entries;
        Assert.Equal(1, entries.Count(e => e.StatusCode == 403));
        Assert.Equal(403, entries[^1].StatusCode);
    }

    [Fact]
    public async Task A_session_expiring_mid_paging_is_renewed_once_and_no_user_is_lost_or_repeated()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 1200);
        var expected = server.Org.Users.Where(u => u.UserType == "Standard").Select(u => u.Id).OrderBy(i => i, StringComparer.Ordinal).ToList();
        var variables = EmulatorFixture.VariablesFor(server);
        variables["Expire"] = new Action(() => server.Faults.ExpireSessionsAfter(3));
        int TokenCalls() => server.Requests.Entries.Count(e => e.Path == "/services/oauth2/token");
        var tokenCallsAtConnect = 0;
        variables["Mark"] = new Action(() => tokenCallsAtConnect = TokenCalls());

        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken + "$Mark.Invoke(); $Expire.Invoke()\nGet-ToriiSfUser -PageSize 200",
            variables);

        Assert.Empty(result.Errors);
        var ids = result.Objects<User>().Select(u => u.Id).ToList();
        Assert.Equal(expected, ids.OrderBy(i => i, StringComparer.Ordinal).ToList());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(tokenCallsAtConnect + 1, TokenCalls());
    }

    [Fact]
    public void Stopping_the_pipeline_cancels_a_request_waiting_on_Retry_After_within_a_second_or_two()
    {
        int Refusals() => _emulator.Server.Requests.Entries.Count(e => e.StatusCode == 503);
        var refusalsBefore = Refusals();

        // The 503 asks the engine to wait 25 s before retrying; Ctrl+C must not wait for that.
        var result = PowerShellRunner.RunAndStop(
            EmulatorFixture.ConnectWithRefreshToken + "$Slow.Invoke()\nGet-ToriiSfUser",
            () => Refusals() > refusalsBefore,
            new Dictionary<string, object?>(_emulator.Variables) { ["Slow"] = new Action(() => _emulator.Server.Faults.FailNext(1, 503, retryAfterSeconds: 25)) });

        Assert.True(result.StopTook < TimeSpan.FromSeconds(3), $"stopping took {result.StopTook}");
        Assert.Empty(result.Result.Objects<User>());
        Assert.DoesNotContain(result.Result.Errors, e => e.Exception is not PipelineStoppedException);
    }
}
