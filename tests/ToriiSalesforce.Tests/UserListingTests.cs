using System.Management.Automation;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class UserListingTests
{
    private readonly EmulatorFixture _emulator;

    public UserListingTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        EmulatorFixture.DropCurrentConnection();
    }

    private List<string> StandardUserIds =>
        _emulator.Server.Org.Users.Where(u => u.UserType == "Standard").Select(u => u.Id).OrderBy(i => i, StringComparer.Ordinal).ToList();

    [Fact]
    public void Lists_exactly_the_supported_users_in_one_query_call_per_page()
    {
        var expected = StandardUserIds;
        var before = _emulator.Server.Requests.QueryCalls("User");

        var result = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfUser -PageSize 200", _emulator.Variables);

        Assert.Empty(result.Errors);
        var users = result.Objects<User>();
        Assert.Equal(expected, users.Select(u => u.Id).OrderBy(i => i, StringComparer.Ordinal).ToList());
        Assert.All(users, u => Assert.True(u.IsSupported));
        Assert.All(users, u => Assert.Equal("Standard", u.UserType));
        Assert.Equal((expected.Count + 199) / 200, _emulator.Server.Requests.QueryCalls("User") - before);
    }

    [Fact]
    public void Records_carry_what_the_org_has()
    {
        var result = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfUser -IncludeExternal", _emulator.Variables);

        var byId = _emulator.Server.Org.Users.ToDictionary(u => u.Id);
        var users = result.Objects<User>();
        Assert.Equal(byId.Count, users.Count);
        foreach (var user in users)
        {
            var org = byId[user.Id];
            Assert.Equal(org.Username, user.Username);
            Assert.Equal(org.IsActive, user.IsActive);
            Assert.Equal(org.IsFrozen, user.IsFrozen);
            Assert.Equal(org.LicenseName, user.LicenseName);
            if (user.LastLoginDate is { } last) Assert.Equal(TimeSpan.Zero, last.Offset);
        }
    }

    [Fact]
    public void Verbose_reports_every_page_including_those_fetched_in_the_background()
    {
        var pages = (StandardUserIds.Count + 199) / 200;

        var result = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + "$null = Get-ToriiSfUser -PageSize 200 -Verbose", _emulator.Variables);

        // Pages after the first arrive on a background thread; their lines must still reach the Verbose stream.
        Assert.True(pages > 1);
        Assert.Equal(pages, result.Verbose.Count(v => v.StartsWith("Users: page of", StringComparison.Ordinal)));
        Assert.Contains(result.Verbose, v => v.StartsWith("Query: SELECT", StringComparison.Ordinal));
    }

    [Fact]
    public void IncludeExternal_adds_the_other_user_types_marked_unsupported_with_a_reason()
    {
        var result = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfUser -IncludeExternal", _emulator.Variables);

        Assert.Empty(result.Errors);
        var users = result.Objects<User>();
        var external = users.Where(u => u.UserType != "Standard").ToList();
        Assert.NotEmpty(external);
        Assert.All(external, u => Assert.False(u.IsSupported));
        Assert.All(external, u => Assert.False(string.IsNullOrWhiteSpace(u.SupportNote)));
        Assert.All(users.Where(u => u.UserType == "Standard"), u => Assert.True(u.IsSupported));
    }

    [Fact]
    public void Select_Object_First_3_spends_exactly_one_user_query_call()
    {
        var before = _emulator.Server.Requests.QueryCalls("User");

        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfUser -PageSize 200 | Select-Object -First 3",
            _emulator.Variables);
        Thread.Sleep(300); // a prefetch wrongly started in the background would have reached the server by now

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Objects<User>().Count);
        Assert.Equal(1, _emulator.Server.Requests.QueryCalls("User") - before);
    }

    [Fact]
    public void Active_and_Inactive_filter_and_Top_caps()
    {
        var org = _emulator.Server.Org.Users.Where(u => u.UserType == "Standard").ToList();

        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken +
            "$active = @(Get-ToriiSfUser -Active)\n" +
            "$inactive = @(Get-ToriiSfUser -Inactive)\n" +
            "$top = @(Get-ToriiSfUser -Top 7)\n" +
            "$active.Count; $inactive.Count; $top.Count\n" +
            "@($active | Where-Object { -not $_.IsActive }).Count\n" +
            "@($inactive | Where-Object IsActive).Count",
            _emulator.Variables);

        Assert.Empty(result.Errors);
        var counts = result.Output.Select(o => (int)o.BaseObject).ToList();
        Assert.Equal(org.Count(u => u.IsActive), counts[0]);
        Assert.Equal(org.Count(u => !u.IsActive), counts[1]);
        Assert.Equal(7, counts[2]);
        Assert.Equal(0, counts[3]);
        Assert.Equal(0, counts[4]);
    }

    [Fact]
    public void ModifiedSince_returns_only_users_changed_since_then()
    {
        var cutoff = _emulator.Server.Org.Users.Select(u => u.SystemModstamp).OrderBy(d => d).ElementAt(200);
        var expected = _emulator.Server.Org.Users.Count(u => u.UserType == "Standard" && u.SystemModstamp >= cutoff);
        var variables = _emulator.Variables;
        variables["Cutoff"] = cutoff.UtcDateTime;

        var result = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfUser -ModifiedSince $Cutoff", variables);

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Objects<User>().Count);
    }

    [Fact]
    public void Active_with_Inactive_is_refused_before_any_request()
    {
        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken +
            "$before = (Get-ToriiSfContext).RequestsSent\n" +
            "try { Get-ToriiSfUser -Active -Inactive } catch { $_ }\n" +
            "(Get-ToriiSfContext).RequestsSent - $before",
            _emulator.Variables);

        var error = Assert.Single(result.Objects<ErrorRecord>());
        Assert.StartsWith("ActiveAndInactive,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal(0L, Convert.ToInt64(result.Output.Last().BaseObject));
    }

    [Theory]
    [InlineData("-PageSize 100")]
    [InlineData("-PageSize 2001")]
    [InlineData("-Top 0")]
    public void Out_of_range_paging_values_are_refused_by_parameter_validation(string parameters)
    {
        var result = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfUser " + parameters, _emulator.Variables);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ParameterArgumentValidationError,", error.FullyQualifiedErrorId);
    }
}
