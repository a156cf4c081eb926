using System.Management.Automation;

namespace ToriiSalesforce.Tests.Infrastructure;

/// <summary>Everything one script run produced, stream by stream, as a user would see it.</summary>
public sealed class ScriptResult
{
    public required IReadOnlyList<PSObject> Output { get; init; }
    public required IReadOnlyList<ErrorRecord> Errors { get; init; }
    public required IReadOnlyList<string> Verbose { get; init; }
    public required IReadOnlyList<string> Debug { get; init; }
    public required IReadOnlyList<string> Warnings { get; init; }
    public required IReadOnlyList<string> Information { get; init; }

    /// <summary>A script-terminating failure (throw, -ErrorAction Stop), or null.</summary>
    public Exception? Thrown { get; init; }

    /// <summary>The output objects that are of type <typeparamref name="T"/>.</summary>
    public List<T> Objects<T>() => Output.Select(o => o.BaseObject).OfType<T>().ToList();

    /// <summary>Every piece of text the run produced, for leak checks: objects as formatted and as ToString, all streams, errors in full.</summary>
    public IEnumerable<string> AllText()
    {
        foreach (var o in Output)
        {
            yield return o.ToString();
            foreach (var p in o.Properties)
            {
                object? value;
                try { value = p.Value; } catch (GetValueException) { continue; }
                if (value is not null) yield return value.ToString() ?? "";
            }
        }
        foreach (var e in Errors)
        {
            yield return e.ToString();
            yield return e.Exception.ToString();
            yield return e.ErrorDetails?.Message ?? "";
            yield return e.ErrorDetails?.RecommendedAction ?? "";
            yield return e.TargetObject?.ToString() ?? "";
        }
        foreach (var s in Verbose.Concat(Debug).Concat(Warnings).Concat(Information)) yield return s;
        if (Thrown is not null) yield return Thrown.ToString();
    }
}
