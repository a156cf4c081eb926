using System;
using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;
using ToriiSalesforce.Completers;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Remove-ToriiSfSavedConnection: deletes saved connections from this machine, with -WhatIf and
/// -Confirm. Takes names from the pipeline (Get-ToriiSfSavedConnection output binds by Name).
/// </summary>
[Cmdlet(VerbsCommon.Remove, "ToriiSfSavedConnection", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
public sealed class RemoveToriiSfSavedConnectionCommand : ToriiSfCmdlet
{
    /// <summary>The names to remove, exactly (no wildcards, so a typo cannot remove more than meant).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(SavedConnectionNameCompleter))]
    public string[] Name { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        foreach (var name in Name) RemoveOne(name);
    }

    private void RemoveOne(string name)
    {
        ErrorTarget = name;
        var exists = false;
        Run(() => exists = SavedConnectionBridge.Exists(name));
        if (!exists)
        {
            EmitError(new ErrorRecord(
                new ItemNotFoundException($"There is no saved connection named '{name}' in {SavedConnectionBridge.Directory}. Get-ToriiSfSavedConnection lists them."),
                "SavedConnectionNotFound", ErrorCategory.ObjectNotFound, name));
            return;
        }

        if (!ShouldProcess(name, "Remove saved Salesforce connection")) return;
        Run(() => SavedConnectionBridge.Remove(name));
        WriteVerbose($"Removed the saved connection '{name}'. The refresh token it held is still valid at Salesforce until revoked (Setup > Connected Apps OAuth Usage, or the user's Connected Apps list).");
    }
}
