using System.Management.Automation;
using ToriiSalesforce.Base;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Disconnect-ToriiSalesforce: drops the current connection, or the one given. Never an error when
/// nothing is connected, so it is safe in every cleanup block.
/// </summary>
[Cmdlet(VerbsCommunications.Disconnect, "ToriiSalesforce")]
public sealed class DisconnectToriiSalesforceCommand : PSCmdlet
{
    /// <summary>The connection to drop; the current one when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true)]
    public Connection? Connection { get; set; }

    protected override void ProcessRecord()
    {
        var connection = Connection ?? ConnectionRegistry.Current;
        if (connection is null)
        {
            WriteVerbose("Not connected to Salesforce; nothing to disconnect.");
            return;
        }

        connection.Close();
        var wasCurrent = ConnectionRegistry.ClearIf(connection);
        WriteVerbose(wasCurrent
            ? $"Disconnected {connection}. There is no current connection now."
            : $"Disconnected {connection}. The current connection is unchanged.");
    }
}
