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

        var result = PowerShellRunner.Run(
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
            $connection = Connect-ToriiSalesforce -ClientId $ClientId -ClientSecret $secret -RefreshToken $refresh -LoginUrl $BaseUrl -PassThru -Verbose -Debug
            $connection
            $connection.ToString()
            $connection | Format-List * | Out-String
            $connection | ConvertTo-Json
            Get-ToriiSfContext -Verbose -Debug | Out-String
            # Retries and a session renewal in the middle of paging: the paths that log the most.
            $Faults.Invoke()
            Get-ToriiSfUser -PageSize 200 -Verbose -Debug | Select-Object -First 450 | Out-String
            Get-ToriiSfUser 'nobody@nowhere.example' -Verbose -Debug
            $Exhaust.Invoke()
            Get-ToriiSfUser -Verbose -Debug
            $Error | ForEach-Object { $_ | Format-List * -Force | Out-String; $_.Exception | Format-List * -Force | Out-String }
            Disconnect-ToriiSalesforce -Verbose -Debug
            """,
            variables);

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

    private static string Shorten(string text, string secret)
    {
        // Say where without printing the secret itself into the test log.
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        return text[..Math.Max(0, at)].Split('\n').LastOrDefault() + "<secret>";
    }
}
