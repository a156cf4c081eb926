using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Completers;

/// <summary>
/// Tab completion of saved connection names (Connect-ToriiSalesforce -Name, Get- and
/// Remove-ToriiSfSavedConnection -Name). Reads only file names, never a file's content: fast, and
/// nothing secret is touched. Never throws.
/// </summary>
public sealed class SavedConnectionNameCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        IEnumerable<string> names;
        try
        {
            var directory = SavedConnectionBridge.Directory;
            names = Directory.Exists(directory)
                ? Directory.GetFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList()
                : Enumerable.Empty<string>();
        }
        catch (Exception)
        {
            // A completer must never fail the command line.
            names = Enumerable.Empty<string>();
        }

        var typed = (wordToComplete ?? "").Trim('\'', '"');
        var pattern = new WildcardPattern(WildcardPattern.Escape(typed) + "*", WildcardOptions.IgnoreCase);
        foreach (var name in names)
        {
            if (pattern.IsMatch(name)) yield return new CompletionResult(name, name, CompletionResultType.ParameterValue, name);
        }
    }
}
