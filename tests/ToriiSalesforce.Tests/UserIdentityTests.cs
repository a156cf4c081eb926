using System.Management.Automation;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class UserIdentityTests
{
    private readonly EmulatorFixture _emulator;

    public UserIdentityTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        EmulatorFixture.DropCurrentConnection();
    }

    private Dictionary<string, object?> VariablesWith(params (string Name, object? Value)[] extra)
    {
        var variables = _emulator.Variables;
        foreach (var (name, value) in extra) variables[name] = value;
        return variables;
    }

    [Fact]
    public void Finds_users_by_id_and_by_username_positionally()
    {
        var byId = _emulator.Server.Org.Users[3];
        var byName = _emulator.Server.Org.Users[11];

        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfUser $IdValue, $NameValue",
            VariablesWith(("IdValue", byId.Id), ("NameValue", byName.Username)));

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { byId.Id, byName.Id }, result.Objects<User>().Select(u => u.Id));
    }

    [Fact]
    public void Binds_Username_from_piped_objects_by_property_name()
    {
        var users = _emulator.Server.Org.Users.Skip(20).Take(3).ToList();

        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken +
            "$Names | ForEach-Object { [pscustomobject]@{ Username = $_; Department = 'Sales' } } | Get-ToriiSfUser",
            VariablesWith(("Names", users.Select(u => u.Username).ToArray())));

        Assert.Empty(result.Errors);
        Assert.Equal(users.Select(u => u.Id), result.Objects<User>().Select(u => u.Id));
    }

    [Fact]
    public void Piping_users_back_in_binds_their_Id()
    {
        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken + "$first = @(Get-ToriiSfUser -Top 2); $again = @($first | Get-ToriiSfUser); ($first.Id -join ',') -eq ($again.Id -join ',')",
            _emulator.Variables);

        Assert.Empty(result.Errors);
        Assert.True((bool)Assert.Single(result.Output).BaseObject);
    }

    [Fact]
    public void Piping_login_events_binds_their_UserId_not_the_LoginHistory_record_Id()
    {
        // LoginEvent has Id (the LoginHistory record), UserId and Username: the user is the UserId.
        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken +
            "$logins = @(Get-ToriiSfUsage -Source LoginHistory | Select-Object -First 3); " +
            "$users = @($logins | Get-ToriiSfUser); " +
            "$logins | Disable-ToriiSfUser -WhatIf; " +
            "($logins.UserId -join ',') -eq ($users.Id -join ',')",
            _emulator.Variables);

        Assert.Empty(result.Errors);
        Assert.True((bool)Assert.Single(result.Output).BaseObject);
    }

    [Fact]
    public void An_unknown_identity_is_a_non_terminating_UserNotFound_error_and_the_others_still_come()
    {
        var known = _emulator.Server.Org.Users[7];

        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfUser 'nobody@nowhere.example', $Known; 'went on'",
            VariablesWith(("Known", known.Username)));

        var error = Assert.Single(result.Errors);
        Assert.Equal("UserNotFound,ToriiSalesforce.Commands.GetToriiSfUserCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("nobody@nowhere.example", error.TargetObject);
        Assert.Contains("nobody@nowhere.example", error.Exception.Message);
        Assert.Equal(known.Id, Assert.Single(result.Objects<User>()).Id);
        Assert.Equal("went on", result.Output.Last().BaseObject);
    }

    [Fact]
    public void ErrorAction_SilentlyContinue_suppresses_the_not_found_error()
    {
        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken +
            "Get-ToriiSfUser 'nobody@nowhere.example' -ErrorAction SilentlyContinue -ErrorVariable missed\n" +
            "$missed.Count",
            _emulator.Variables);

        Assert.Empty(result.Errors);
        Assert.Equal(1, (int)Assert.Single(result.Output).BaseObject);
    }

    [Fact]
    public void An_external_user_asked_for_by_name_is_returned_marked_unsupported()
    {
        var external = _emulator.Server.Org.Users.First(u => u.UserType == "CspLitePortal");

        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfUser -Identity $Name",
            VariablesWith(("Name", external.Username)));

        var user = Assert.Single(result.Objects<User>());
        Assert.False(user.IsSupported);
        Assert.Equal("CspLitePortal", user.UserType);
    }
}
