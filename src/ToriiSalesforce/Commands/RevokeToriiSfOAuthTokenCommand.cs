using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Revoke-ToriiSfOAuthToken: ends users' OAuth grants to connected apps, fed by Get-ToriiSfOAuthToken
/// (or a CSV of its output). The app loses access for that user until the user authorises it again,
/// which is why it prompts by default (ConfirmImpact High).
/// </summary>
[Cmdlet(VerbsSecurity.Revoke, "ToriiSfOAuthToken", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
public sealed class RevokeToriiSfOAuthTokenCommand : ToriiSfConnectedCmdlet
{
    /// <summary>The grant's DeleteToken, as Get-ToriiSfOAuthToken lists it. Bound from the pipeline by property name.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string DeleteToken { get; set; } = "";

    /// <summary>The app the grant is for; used only to name the grant in prompts and messages.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? AppName { get; set; }

    /// <summary>The user the grant belongs to; used only to name the grant in prompts and messages.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Username { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RequireTakeAction("revoke OAuth grants");
    }

    protected override void ProcessRecord()
    {
        var grant = $"{(string.IsNullOrEmpty(AppName) ? "an app" : AppName)} for {(string.IsNullOrEmpty(Username) ? "a user" : Username)}";
        // The target names the grant, never the token: -WhatIf and prompts end up in transcripts.
        if (!ShouldProcess($"OAuth grant of {grant}", "Revoke (the app loses access until the user authorises it again)")) return;
        ErrorTarget = grant;
        RunForItem(() => ActionBridge.Revoke(ActiveConnection, DeleteToken, grant, CancellationToken), out var failed);
        if (!failed) WriteVerbose($"Revoked the OAuth grant of {grant}.");
    }
}
