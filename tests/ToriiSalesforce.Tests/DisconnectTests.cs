using System.Management.Automation;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class DisconnectTests
{
    private readonly EmulatorFixture _emulator;

    public DisconnectTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        EmulatorFixture.DropCurrentConnection();
    }

    [Fact]
    public void Disconnect_clears_the_current_connection_and_later_commands_are_not_connected()
    {
        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken +
            "Disconnect-ToriiSalesforce\n" +
            "Get-ToriiSfContext\n" +
            "Get-ToriiSfUser -Top 1",
            _emulator.Variables);

        Assert.Empty(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("NotConnected,", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void Disconnect_when_nothing_is_connected_is_not_an_error()
    {
        var result = PowerShellRunner.Run("$ErrorActionPreference = 'Stop'; Disconnect-ToriiSalesforce -Verbose; 'still here'");

        Assert.Null(result.Thrown);
        Assert.Empty(result.Errors);
        Assert.Equal("still here", Assert.Single(result.Output).BaseObject);
        Assert.Contains(result.Verbose, v => v.Contains("nothing to disconnect"));
    }

    [Fact]
    public void Disconnecting_another_connection_keeps_the_current_one_and_closes_the_given_one()
    {
        var result = PowerShellRunner.Run(
            "$token = ConvertTo-SecureString $AccessTokenText -AsPlainText -Force\n" +
            "$first = Connect-ToriiSalesforce -InstanceUrl $BaseUrl -AccessToken $token -PassThru\n" +
            "$second = Connect-ToriiSalesforce -InstanceUrl $BaseUrl -AccessToken $token -PassThru\n" +
            "$first | Disconnect-ToriiSalesforce\n" +
            "(Get-ToriiSfContext).Id -eq $second.Id\n" +
            "Get-ToriiSfUser -Top 1 -Connection $first",
            _emulator.Variables);

        Assert.True((bool)result.Output[0].BaseObject);
        Assert.Single(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ConnectionClosed,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Contains("Connect-ToriiSalesforce", error.Exception.Message);
    }
}
