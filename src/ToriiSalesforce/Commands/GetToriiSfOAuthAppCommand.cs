using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Get-ToriiSfOAuthApp: the apps connected to the org over OAuth, one record per app, or with
/// -ByUser one record per grant (what Get-ToriiSfOAuthToken writes).
/// </summary>
[Cmdlet(VerbsCommon.Get, "ToriiSfOAuthApp", DefaultParameterSetName = AppSet)]
[OutputType(typeof(OAuthApp), ParameterSetName = new[] { AppSet })]
[OutputType(typeof(OAuthToken), ParameterSetName = new[] { ByUserSet })]
public sealed class GetToriiSfOAuthAppCommand : ToriiSfConnectedCmdlet
{
    private const string AppSet = "App";
    private const string ByUserSet = "ByUser";

    /// <summary>One record per user's grant instead of one per app.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ByUserSet)]
    public SwitchParameter ByUser { get; set; }

    protected override void ProcessRecord() => Run(() =>
    {
        if (ByUser)
        {
            foreach (var grant in OAuthAppBridge.Grants(ActiveConnection, CancellationToken)) Emit(grant);
            return;
        }
        foreach (var app in OAuthAppBridge.Apps(ActiveConnection, CancellationToken)) Emit(app);
    });
}
