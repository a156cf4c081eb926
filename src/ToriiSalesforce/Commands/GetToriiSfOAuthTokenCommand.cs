using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Get-ToriiSfOAuthToken: every user's OAuth grant to every connected app, one record per grant,
/// streamed as the pages arrive (the same records as Get-ToriiSfOAuthApp -ByUser).
/// </summary>
[Cmdlet(VerbsCommon.Get, "ToriiSfOAuthToken")]
[OutputType(typeof(OAuthToken))]
public sealed class GetToriiSfOAuthTokenCommand : ToriiSfConnectedCmdlet
{
    protected override void ProcessRecord() => Run(() =>
    {
        foreach (var grant in OAuthAppBridge.Grants(ActiveConnection, CancellationToken)) Emit(grant);
    });
}
