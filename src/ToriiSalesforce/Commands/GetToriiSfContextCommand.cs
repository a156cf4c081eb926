using System.Management.Automation;
using ToriiSalesforce.Base;

namespace ToriiSalesforce.Commands;

/// <summary>Get-ToriiSfContext: the current connection, or nothing when there is none (like Get-MgContext).</summary>
[Cmdlet(VerbsCommon.Get, "ToriiSfContext")]
[OutputType(typeof(Connection))]
public sealed class GetToriiSfContextCommand : PSCmdlet
{
    protected override void ProcessRecord()
    {
        var current = ConnectionRegistry.Current;
        if (current is null)
        {
            WriteVerbose("Not connected to Salesforce. Run Connect-ToriiSalesforce.");
            return;
        }
        WriteObject(current);
    }
}
