using System.Management.Automation;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class NotConnectedTests
{
    public NotConnectedTests() => EmulatorFixture.DropCurrentConnection();

    [Fact]
    public void Get_ToriiSfUser_without_a_connection_is_a_terminating_NotConnected_error_naming_Connect()
    {
        // try/catch only catches terminating errors, so reaching the catch block proves it terminated.
        var result = PowerShellRunner.Run("try { Get-ToriiSfUser; 'not reached' } catch { $_ }");

        var error = Assert.Single(result.Objects<ErrorRecord>());
        Assert.Single(result.Output);
        Assert.Equal("NotConnected,ToriiSalesforce.Commands.GetToriiSfUserCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Contains("Connect-ToriiSalesforce", error.Exception.Message);
    }

    [Fact]
    public void Get_ToriiSfContext_without_a_connection_writes_nothing_and_no_error()
    {
        var result = PowerShellRunner.Run("Get-ToriiSfContext");
        Assert.Empty(result.Output);
        Assert.Empty(result.Errors);
    }
}
