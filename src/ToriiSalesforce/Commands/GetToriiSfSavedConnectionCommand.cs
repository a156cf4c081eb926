using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;
using ToriiSalesforce.Completers;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Get-ToriiSfSavedConnection: the connections saved with Connect-ToriiSalesforce -SaveAs, all or by
/// name (wildcards allowed). Reads only this machine's files; calls no API and shows no secret.
/// </summary>
[Cmdlet(VerbsCommon.Get, "ToriiSfSavedConnection")]
[OutputType(typeof(SavedConnection))]
public sealed class GetToriiSfSavedConnectionCommand : ToriiSfCmdlet
{
    /// <summary>Names to get; wildcards allowed. All when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(SavedConnectionNameCompleter))]
    public string[]? Name { get; set; }

    private IReadOnlyList<SavedConnection>? _saved;

    protected override void ProcessRecord()
    {
        if (_saved is null)
        {
            ErrorTarget = SavedConnectionBridge.Directory;
            Run(() => _saved = SavedConnectionBridge.List());
            if (_saved!.Count == 0) WriteVerbose($"No saved connections in {SavedConnectionBridge.Directory}.");
        }

        if (Name is null)
        {
            foreach (var saved in _saved) Emit(saved);
            return;
        }

        foreach (var name in Name)
        {
            var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
            var matches = _saved.Where(s => pattern.IsMatch(s.Name)).ToList();
            foreach (var saved in matches) Emit(saved);
            if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name))
            {
                // As Get-Process -Name does: a plain name that matches nothing is an error, a wildcard that matches nothing is not.
                EmitError(new ErrorRecord(
                    new ItemNotFoundException($"There is no saved connection named '{name}' in {SavedConnectionBridge.Directory}. Connect-ToriiSalesforce ... -SaveAs {name} creates one."),
                    "SavedConnectionNotFound", ErrorCategory.ObjectNotFound, name));
            }
        }
    }
}
