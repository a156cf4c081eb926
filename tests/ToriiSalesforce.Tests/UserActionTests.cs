using System.Management.Automation;
using SalesforceEmulator;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

/// <summary>
/// Disable-, Enable-, Block- and Unblock-ToriiSfUser and Revoke-ToriiSfOAuthToken: nothing changes on a
/// read-only connection, -WhatIf previews anywhere, one bad record does not stop the others.
/// Each test has its own org, since these tests change it.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class UserActionTests
{
    private const string ConnectForAction =
        "$refresh = ConvertTo-SecureString $RefreshTokenText -AsPlainText -Force\n" +
        "Connect-ToriiSalesforce -ClientId $ClientId -RefreshToken $refresh -LoginUrl $BaseUrl -Mode TakeAction\n";

    public UserActionTests() => EmulatorFixture.DropCurrentConnection();

    [Fact]
    public async Task A_read_only_connection_refuses_before_reading_anything_and_WhatIf_still_previews()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 200);
        var victims = Victims(server, 2);
        var variables = With(server, ("Names", victims.Select(v => v.Username).ToArray()));

        var refused = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + "$Names | Disable-ToriiSfUser -Confirm:$false", variables);
        var error = Assert.Single(refused.Errors.Concat(ErrorsOf(refused.Thrown)));
        Assert.StartsWith("TAKE_ACTION_MODE_REQUIRED,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Contains("-Mode TakeAction", error.ErrorDetails!.Message);
        Assert.Equal(0, server.Requests.QueryCalls("User")); // refused before looking anyone up

        var preview = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + "$Names | Disable-ToriiSfUser -WhatIf; $Names | Block-ToriiSfUser -WhatIf", variables);
        Assert.Empty(preview.Errors);
        Assert.Null(preview.Thrown);
        Assert.Equal(0, server.Requests.Count(e => e.Method == "PATCH"));
        Assert.All(victims, v => Assert.True(v.IsActive && !v.IsFrozen));
    }

    [Fact]
    public async Task Piped_users_are_deactivated_and_PassThru_shows_them_inactive_then_Enable_brings_them_back()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 200);
        var victims = Victims(server, 3);
        var variables = With(server, ("Ids", victims.Select(v => v.Id).ToArray()));

        var result = PowerShellRunner.Run(ConnectForAction + "$Ids | Get-ToriiSfUser | Disable-ToriiSfUser -Confirm:$false -PassThru", variables);

        Assert.Empty(result.Errors);
        var users = result.Objects<User>();
        Assert.Equal(victims.Select(v => v.Id), users.Select(u => u.Id));
        Assert.All(users, u => Assert.False(u.IsActive));
        Assert.All(victims, v => Assert.False(v.IsActive));

        var back = PowerShellRunner.Run(ConnectForAction + "Enable-ToriiSfUser -Identity $Ids -PassThru", variables);
        Assert.Empty(back.Errors);
        Assert.All(back.Objects<User>(), u => Assert.True(u.IsActive));
        Assert.All(victims, v => Assert.True(v.IsActive));
    }

    [Fact]
    public async Task Disable_prompts_by_default_so_an_unattended_run_without_Confirm_false_changes_nothing()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 200);
        var victim = Victims(server, 1)[0];

        var result = PowerShellRunner.Run(ConnectForAction + "Disable-ToriiSfUser $Name", With(server, ("Name", victim.Username)));

        Assert.NotEmpty(result.Errors.Concat(ErrorsOf(result.Thrown)));
        Assert.True(victim.IsActive);
        Assert.Equal(0, server.Requests.Count(e => e.Method == "PATCH"));
    }

    [Fact]
    public async Task Freezing_keeps_the_licence_and_unknown_or_own_users_are_errors_that_do_not_stop_the_rest()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 200);
        var victims = Victims(server, 2);
        var names = new[] { victims[0].Username, "nobody@nowhere.example", server.AdminUsername, victims[1].Username };

        var result = PowerShellRunner.Run(ConnectForAction + "$Names | Block-ToriiSfUser -PassThru", With(server, ("Names", names)));

        Assert.Equal(victims.Select(v => v.Id), result.Objects<User>().Select(u => u.Id));
        Assert.All(result.Objects<User>(), u => Assert.True(u.IsFrozen == true && u.IsActive));
        Assert.All(victims, v => Assert.True(v.IsFrozen && v.IsActive));
        Assert.Collection(result.Errors,
            e => Assert.StartsWith("UserNotFound,", e.FullyQualifiedErrorId),
            e => Assert.StartsWith("CANNOT_CHANGE_CONNECTED_USER,", e.FullyQualifiedErrorId));
        Assert.False(server.Org.User(server.AdminUserId).IsFrozen);

        var again = PowerShellRunner.Run(ConnectForAction + "$Names[0] | Block-ToriiSfUser -Verbose; $Names[0], $Names[3] | Unblock-ToriiSfUser", With(server, ("Names", names)));
        Assert.Empty(again.Errors);
        Assert.Contains(again.Verbose, v => v.Contains("is already frozen; nothing was sent"));
        Assert.All(victims, v => Assert.False(v.IsFrozen));
    }

    [Fact]
    public async Task Revoking_piped_grants_removes_them_and_never_shows_the_delete_token()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 200);
        var grants = RawGrants(server).Take(3).ToList();
        var variables = With(server, ("Apps", grants.Select(g => g.App).ToArray()), ("Users", grants.Select(g => g.Username).ToArray()),
            ("Tokens", grants.Select(g => g.Token).ToArray()));
        const string Grants = "$Grants = for ($i = 0; $i -lt $Tokens.Count; $i++) { [pscustomobject]@{ AppName = $Apps[$i]; Username = $Users[$i]; DeleteToken = $Tokens[$i] } }\n";

        var preview = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + Grants + "$Grants | Revoke-ToriiSfOAuthToken -WhatIf -Verbose", variables);
        Assert.Empty(preview.Errors);
        Assert.Equal(3, RawGrants(server).Count(g => grants.Any(x => x.Token == g.Token)));

        var result = PowerShellRunner.Run(ConnectForAction + Grants + "$Grants | Revoke-ToriiSfOAuthToken -Confirm:$false -Verbose -Debug; $Grants[0] | Revoke-ToriiSfOAuthToken -Confirm:$false", variables);

        Assert.DoesNotContain(RawGrants(server), g => grants.Any(x => x.Token == g.Token));
        var gone = Assert.Single(result.Errors);
        Assert.StartsWith("invalid_token,", gone.FullyQualifiedErrorId);
        Assert.Contains(grants[0].App, gone.Exception.Message);
        Assert.Contains(result.Verbose, v => v.Contains($"Revoked the OAuth grant of {grants[1].App} for {grants[1].Username}"));
        foreach (var text in result.AllText().Concat(preview.AllText()))
            Assert.All(grants, g => Assert.DoesNotContain(g.Token, text));
    }

    private static IEnumerable<ErrorRecord> ErrorsOf(Exception? thrown) =>
        thrown is IContainsErrorRecord withRecord ? new[] { withRecord.ErrorRecord } : Array.Empty<ErrorRecord>();

    private static Dictionary<string, object?> With(EmulatorServer server, params (string Name, object? Value)[] extra)
    {
        var variables = EmulatorFixture.VariablesFor(server);
        foreach (var (name, value) in extra) variables[name] = value;
        return variables;
    }

    /// <summary>Active, unfrozen internal users other than the admin.</summary>
    private static List<SalesforceEmulator.Org.EmulatedUser> Victims(EmulatorServer server, int count) =>
        server.Org.Users.Where(u => u.UserType == "Standard" && u.IsActive && !u.IsFrozen && u.Id != server.AdminUserId).Take(count).ToList();

    /// <summary>The org's grants as a raw REST query sees them.</summary>
    private static List<(string App, string Username, string Token)> RawGrants(EmulatorServer server)
    {
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.AccessToken);
        var soql = Uri.EscapeDataString("SELECT AppName, User.Username, DeleteToken FROM OauthToken ORDER BY AppName LIMIT 500");
        using var doc = System.Text.Json.JsonDocument.Parse(http.GetStringAsync($"/services/data/v66.0/query?q={soql}").GetAwaiter().GetResult());
        return doc.RootElement.GetProperty("records").EnumerateArray()
            .Select(r => (r.GetProperty("AppName").GetString()!, r.GetProperty("User").GetProperty("Username").GetString()!, r.GetProperty("DeleteToken").GetString()!))
            .ToList();
    }
}
