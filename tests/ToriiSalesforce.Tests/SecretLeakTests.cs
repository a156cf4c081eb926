using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

/// <summary>
/// Tokens and secrets go in and never come out: not on an object, not in ToString, not on the
/// Verbose, Debug, Warning or Information streams, not in an error, even on the paths that log most
/// (retries, session renewal, refusals).
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class SecretLeakTests
{
    private const string WrongRefreshToken = "5Aep861wrongTokenValue0042";

    public SecretLeakTests() => EmulatorFixture.DropCurrentConnection();

    [Fact]
    public async Task No_token_or_secret_appears_anywhere_in_a_verbose_and_debug_run_of_every_cmdlet()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 600);
        var portal = server.Org.Users.First(u => u.UserType == "CspLitePortal" && u.IsActive);
        var (portalToken, portalRefresh) = server.CreateSession(portal.Id);
        var variables = EmulatorFixture.VariablesFor(server);
        variables["PortalToken"] = portalToken;
        variables["WrongRefresh"] = WrongRefreshToken;
        variables["Faults"] = new Action(() =>
        {
            server.Faults.FailNext(2);
            server.Faults.ExpireSessionsAfter(1);
        });
        variables["Exhaust"] = new Action(() => server.Faults.ExhaustDailyLimit());

        using var config = new ConfigHome();
        var elf = Path.Combine(config.Root, "downloaded-login.csv");
        File.WriteAllText(elf, "\"EVENT_TYPE\",\"TIMESTAMP\",\"USER_ID\",\"CLIENT_IP\"\n\"Login\",\"20261201083000.123\",\"005000000000001\",\"10.0.0.1\"\n");
        variables["ElfPath"] = elf;
        variables["Victim"] = server.Org.Users.First(u => u.UserType == "Standard" && u.IsActive && u.Id != server.AdminUserId).Username;

        var result = PowerShellRunner.Run(EveryCmdletScript, variables);

        // The run did take every path: output, verbose lines, and the four expected refusals.
        Assert.NotEmpty(result.Output);
        Assert.NotEmpty(result.Verbose);
        Assert.NotEmpty(result.Debug);
        Assert.Contains(result.Verbose, v => v.Contains("renewing", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Verbose, v => v.Contains("retry", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("UserNotFound,"));
        Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("UNSUPPORTED_USER_TYPE,"));
        Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("invalid_grant,"));
        Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("REQUEST_LIMIT_EXCEEDED,"));
        // ...and the newer paths: a saved connection listed, grants revoked, a usage summary written.
        Assert.Contains(result.Output, o => o.BaseObject is string text && text.Contains("leakcheck"));
        Assert.Contains(result.Verbose, v => v.Contains("Revoked the OAuth grant"));
        Assert.Contains(result.Output, o => o.BaseObject is string text && text.Contains("LastSuccessfulLogin", StringComparison.OrdinalIgnoreCase));

        var secrets = new[]
        {
            server.AccessToken, server.RefreshToken, server.ClientSecret, portalToken, portalRefresh, WrongRefreshToken,
            // Salesforce session ids start with the 15-character org id and "!"; minted ones must not show up either.
            server.OrgId[..15] + "!",
        };
        foreach (var text in result.AllText())
        {
            foreach (var secret in secrets)
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"a secret leaked into: {Shorten(text, secret)}");
        }
    }

    /// <summary>
    /// Every cmdlet, with -Verbose and -Debug, on the paths that log most: refusals, every sign-in that
    /// can run headless, a saved connection, retries and a session renewal mid-paging, an exhausted limit.
    /// </summary>
    private const string EveryCmdletScript =
        """
        $DebugPreference = 'Continue'
        $VerbosePreference = 'Continue'
        # The refusals first: the faults below expire every session issued so far.
        $portal = ConvertTo-SecureString $PortalToken -AsPlainText -Force
        Connect-ToriiSalesforce -InstanceUrl $BaseUrl -AccessToken $portal -Verbose -Debug
        $wrong = ConvertTo-SecureString $WrongRefresh -AsPlainText -Force
        Connect-ToriiSalesforce -ClientId $ClientId -RefreshToken $wrong -LoginUrl $BaseUrl -Verbose -Debug
        $access = ConvertTo-SecureString $AccessTokenText -AsPlainText -Force
        Connect-ToriiSalesforce -InstanceUrl $BaseUrl -AccessToken $access -PassThru -Verbose -Debug | Format-List * | Out-String
        $refresh = ConvertTo-SecureString $RefreshTokenText -AsPlainText -Force
        $secret = ConvertTo-SecureString $ClientSecretText -AsPlainText -Force
        # Saved for unattended runs, listed, reused by name, removed: the file holds the refresh token, nothing shown may.
        Connect-ToriiSalesforce -ClientId $ClientId -ClientSecret $secret -RefreshToken $refresh -LoginUrl $BaseUrl -SaveAs leakcheck -Mode TakeAction -Verbose -Debug
        Get-ToriiSfSavedConnection -Verbose -Debug | Format-List * | Out-String
        Connect-ToriiSalesforce -Name leakcheck -PassThru -Verbose -Debug | Format-List * | Out-String
        Remove-ToriiSfSavedConnection -Name leakcheck -Confirm:$false -Verbose -Debug
        $connection = Connect-ToriiSalesforce -ClientId $ClientId -ClientSecret $secret -RefreshToken $refresh -LoginUrl $BaseUrl -Mode TakeAction -PassThru -Verbose -Debug
        $connection
        $connection.ToString()
        $connection | Format-List * | Out-String
        $connection | ConvertTo-Json
        Get-ToriiSfContext -Verbose -Debug | Out-String
        Test-ToriiSfPermission -Verbose -Debug | Format-List * | Out-String
        Get-ToriiSfLicense -IncludeExternal -Verbose -Debug | Format-List * | Out-String
        Get-ToriiSfOAuthApp -Verbose -Debug | Select-Object -First 5 | Format-List * | Out-String
        $grants = @(Get-ToriiSfOAuthToken -Verbose -Debug | Select-Object -First 3)
        $grants | Format-Table | Out-String
        Get-ToriiSfUsage -Source LoginHistory -Verbose -Debug | Select-Object -First 20 | Format-List * | Out-String
        Get-ToriiSfUsage -Source EventLogFile -EventType Login -Verbose -Debug | Select-Object -First 20 | Format-List * | Out-String
        Get-ToriiSfUsage -Summary -Verbose -Debug | Select-Object -First 5 | Format-List * | Out-String
        Import-ToriiSfEventLog -Path $ElfPath -Verbose -Debug | Format-List * | Out-String
        Block-ToriiSfUser $Victim -PassThru -Verbose -Debug | Out-String
        Unblock-ToriiSfUser $Victim -Verbose -Debug
        Disable-ToriiSfUser $Victim -Confirm:$false -Verbose -Debug
        Enable-ToriiSfUser $Victim -Verbose -Debug
        $grants | Revoke-ToriiSfOAuthToken -WhatIf -Verbose -Debug
        $grants | Select-Object -First 1 | Revoke-ToriiSfOAuthToken -Confirm:$false -Verbose -Debug
        # Retries and a session renewal in the middle of paging: the paths that log the most.
        $Faults.Invoke()
        Get-ToriiSfUser -PageSize 200 -Verbose -Debug | Select-Object -First 450 | Out-String
        Get-ToriiSfUser 'nobody@nowhere.example' -Verbose -Debug
        $Exhaust.Invoke()
        Get-ToriiSfUser -Verbose -Debug
        $Error | ForEach-Object { $_ | Format-List * -Force | Out-String; $_.Exception | Format-List * -Force | Out-String }
        Disconnect-ToriiSalesforce -Verbose -Debug
        """;

    [Fact]
    public void The_leak_check_runs_every_cmdlet_the_module_exports()
    {
        var exported = typeof(ToriiSalesforce.Commands.GetToriiSfUserCommand).Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(System.Management.Automation.CmdletAttribute), false).OfType<System.Management.Automation.CmdletAttribute>().FirstOrDefault())
            .Where(a => a is not null)
            .Select(a => a!.VerbName + "-" + a.NounName)
            .ToList();
        Assert.NotEmpty(exported);
        Assert.All(exported, name => Assert.Contains(name + " ", EveryCmdletScript));
    }

    private static string Shorten(string text, string secret)
    {
        // Say where without printing the secret itself into the test log.
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        return text[..Math.Max(0, at)].Split('\n').LastOrDefault() + "<secret>";
    }
}
