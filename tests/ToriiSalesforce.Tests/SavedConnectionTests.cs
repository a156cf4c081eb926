using System.Management.Automation;
using System.Runtime.InteropServices;
using System.Text.Json;
using SalesforceEmulator;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

/// <summary>
/// Connect-ToriiSalesforce -SaveAs / -Name, Get- and Remove-ToriiSfSavedConnection: what a scheduled
/// job relies on. Reconnecting happens in a fresh pwsh process, so nothing this process remembers can
/// help; the emulator rotates refresh tokens, so a token that was not written back would be dead.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class SavedConnectionTests : IAsyncLifetime
{
    private readonly ConfigHome _config = new();
    private EmulatorServer _server = null!;
    private Dictionary<string, object?> _variables = null!;

    public async Task InitializeAsync()
    {
        EmulatorFixture.DropCurrentConnection();
        _server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 200, Seed = 42, RotateRefreshTokens = true });
        _variables = EmulatorFixture.VariablesFor(_server);
        _variables["RedirectUri"] = SignInDriver.FreeRedirectUri();
    }

    public async Task DisposeAsync()
    {
        EmulatorFixture.DropCurrentConnection();
        await _server.DisposeAsync();
        _config.Dispose();
    }

    private FreshPwsh.Result InFreshPwsh(string script) =>
        FreshPwsh.Run(script, new Dictionary<string, string> { ["TORII_CONFIG_HOME"] = _config.Root });

    private JsonElement SavedFile(string name) => JsonDocument.Parse(File.ReadAllText(_config.FileOf(name))).RootElement.Clone();

    private void SaveInteractively(string name)
    {
        using var browser = SignInDriver.FollowRedirect();
        var result = PowerShellRunner.Run($"Connect-ToriiSalesforce -ClientId $ClientId -LoginUrl $BaseUrl -RedirectUri $RedirectUri -SaveAs {name}", _variables);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void An_interactive_sign_in_saved_with_SaveAs_reconnects_in_a_fresh_pwsh_and_survives_a_rotated_refresh_token()
    {
        SaveInteractively("nightly");
        var firstToken = SavedFile("nightly").GetProperty("refreshToken").GetString();

        // Each fresh process refreshes once; with rotation that retires the token it started from.
        var first = InFreshPwsh("Connect-ToriiSalesforce -Name nightly -PassThru | ForEach-Object { $_.Username; $_.AuthFlow }; (Get-ToriiSfUser -Top 1).Username");
        Assert.True(first.ExitCode == 0, first.StdErr);
        Assert.Equal(_server.AdminUsername, first.Lines[0]);
        Assert.Equal("RefreshToken", first.Lines[1]);
        Assert.Equal(3, first.Lines.Length);

        var rotated = SavedFile("nightly").GetProperty("refreshToken").GetString();
        Assert.False(rotated == firstToken, "the rotated refresh token was not written back to the saved connection");

        var second = InFreshPwsh("(Connect-ToriiSalesforce -Name nightly -PassThru).Username");
        Assert.True(second.ExitCode == 0, second.StdErr);
        Assert.Equal(_server.AdminUsername, Assert.Single(second.Lines));
    }

    [Fact]
    public void The_saved_file_is_owner_only_holds_no_access_token_and_no_clear_refresh_token_on_Windows()
    {
        SaveInteractively("nightly");

        var path = _config.FileOf("nightly");
        var text = File.ReadAllText(path);
        var saved = SavedFile("nightly");
        // Salesforce session ids start with the org id and "!": none may be at rest.
        Assert.False(text.Contains(_server.OrgId[..15] + "!", StringComparison.Ordinal), "an access token was saved");
        Assert.False(saved.TryGetProperty("accessToken", out _), "an accessToken property was saved");
        Assert.Equal("RefreshToken", saved.GetProperty("flow").GetString());

        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            Assert.StartsWith("dpapi:", saved.GetProperty("refreshToken").GetString());
            Assert.False(text.Contains("5Aep861", StringComparison.Ordinal), "a refresh token is in clear text");
        }
        else
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_config.Connections));
            Assert.StartsWith("5Aep861", saved.GetProperty("refreshToken").GetString());
        }

        // Listing shows what protects it, and nothing secret.
        var list = PowerShellRunner.Run("Get-ToriiSfSavedConnection | Format-List * | Out-String; Get-ToriiSfSavedConnection");
        var listed = Assert.Single(list.Objects<SavedConnection>());
        Assert.Equal("nightly", listed.Name);
        Assert.Equal("RefreshToken", listed.Flow);
        Assert.Equal(_server.AdminUsername, listed.ConnectedAs);
        Assert.Equal(_server.OrgId, listed.OrgId);
        Assert.Equal(path, listed.Path);
        Assert.Contains(RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "DPAPI" : "0600", listed.Protection);
        var refreshToken = saved.GetProperty("refreshToken").GetString()!;
        Assert.All(list.AllText(), t => Assert.False(t.Contains(refreshToken, StringComparison.Ordinal), "the saved refresh token was printed"));
    }

    [Fact]
    public void Jwt_and_client_credentials_connections_saved_with_SaveAs_reconnect_in_a_fresh_pwsh()
    {
        using var certificate = new CertificateFile(_server.OAuth.JwtCertificate, "pfx-password-2");
        _variables["CertPath"] = certificate.Path;
        _variables["Username"] = _server.AdminUsername;

        var save = PowerShellRunner.Run(
            "$password = ConvertTo-SecureString 'pfx-password-2' -AsPlainText -Force\n" +
            "Connect-ToriiSalesforce -ClientId $ClientId -Username $Username -CertificatePath $CertPath -CertificatePassword $password -LoginUrl $BaseUrl -SaveAs cert-job -Mode TakeAction\n" +
            "$secret = ConvertTo-SecureString $ClientSecretText -AsPlainText -Force\n" +
            "Connect-ToriiSalesforce -ClientId $ClientId -ClientSecret $secret -LoginUrl $BaseUrl -SaveAs cc-job\n" +
            "Get-ToriiSfSavedConnection",
            _variables);
        Assert.Empty(save.Errors);
        var listed = save.Objects<SavedConnection>().ToDictionary(s => s.Name);
        Assert.Equal("JwtBearer", listed["cert-job"].Flow);
        Assert.Equal(certificate.Path, listed["cert-job"].CertificatePath);
        Assert.Equal(ConnectionMode.TakeAction, listed["cert-job"].Mode);
        Assert.Equal("ClientCredentials", listed["cc-job"].Flow);
        Assert.False(SavedFile("cert-job").TryGetProperty("refreshToken", out _), "a JWT connection needs no refresh token");

        var reconnect = InFreshPwsh(
            "foreach ($name in 'cert-job', 'cc-job') { $c = Connect-ToriiSalesforce -Name $name -PassThru; '{0} {1} {2}' -f $c.AuthFlow, $c.Mode, (Get-ToriiSfUser -Top 1).Username }");
        Assert.True(reconnect.ExitCode == 0, reconnect.StdErr);
        Assert.Equal(2, reconnect.Lines.Length);
        Assert.StartsWith("JwtBearer TakeAction ", reconnect.Lines[0]);
        Assert.StartsWith("ClientCredentials ReadOnly ", reconnect.Lines[1]);
    }

    [Fact]
    public void An_access_token_connection_cannot_be_saved()
    {
        var result = PowerShellRunner.Run(
            "$token = ConvertTo-SecureString $AccessTokenText -AsPlainText -Force\n" +
            "Connect-ToriiSalesforce -InstanceUrl $BaseUrl -AccessToken $token -SaveAs nightly",
            _variables);

        // -SaveAs is not in the access-token parameter set: PowerShell refuses the combination before the cmdlet runs.
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("AmbiguousParameterSet,", error.FullyQualifiedErrorId);
        Assert.Empty(_server.Requests.Entries);
        Assert.False(Directory.Exists(_config.Connections) && Directory.EnumerateFiles(_config.Connections).Any());
    }

    [Fact]
    public void Connecting_to_a_saved_connection_that_does_not_exist_says_how_to_list_and_create_one()
    {
        var result = PowerShellRunner.Run("Connect-ToriiSalesforce -Name nightly");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("SavedConnectionNotFound,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains("Get-ToriiSfSavedConnection", error.Exception.Message);
        Assert.Contains("-SaveAs nightly", error.Exception.Message);
        Assert.Empty(_server.Requests.Entries);
    }

    [Fact]
    public void Remove_honours_WhatIf_removes_by_name_and_from_the_pipeline_and_reports_unknown_names()
    {
        var save = PowerShellRunner.Run(
            "$refresh = ConvertTo-SecureString $RefreshTokenText -AsPlainText -Force\n" +
            "Connect-ToriiSalesforce -ClientId $ClientId -RefreshToken $refresh -LoginUrl $BaseUrl -SaveAs one",
            _variables);
        Assert.Empty(save.Errors);
        // Copies of one saved file stand in for three jobs: rotation makes the refresh token single-use.
        File.Copy(_config.FileOf("one"), _config.FileOf("two"));
        File.Copy(_config.FileOf("one"), _config.FileOf("three"));

        var whatIf = PowerShellRunner.Run("Remove-ToriiSfSavedConnection one -WhatIf; (Get-ToriiSfSavedConnection).Count");
        Assert.Empty(whatIf.Errors);
        Assert.Equal(3, Assert.Single(whatIf.Output).BaseObject);

        var remove = PowerShellRunner.Run(
            "Remove-ToriiSfSavedConnection one -Confirm:$false\n" +
            "Get-ToriiSfSavedConnection t* | Remove-ToriiSfSavedConnection -Confirm:$false\n" +
            "Remove-ToriiSfSavedConnection missing -Confirm:$false\n" +
            "Get-ToriiSfSavedConnection o*, t*");
        var error = Assert.Single(remove.Errors);
        Assert.StartsWith("SavedConnectionNotFound,", error.FullyQualifiedErrorId);
        Assert.Equal("missing", error.TargetObject);
        Assert.Empty(remove.Output);
        Assert.Empty(Directory.EnumerateFiles(_config.Connections));

        // A plain name that matches nothing is an error; a wildcard that matches nothing is not.
        var get = PowerShellRunner.Run("Get-ToriiSfSavedConnection gone*; Get-ToriiSfSavedConnection gone");
        Assert.StartsWith("SavedConnectionNotFound,", Assert.Single(get.Errors).FullyQualifiedErrorId);
    }
}
