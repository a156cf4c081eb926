using System.Management.Automation;
using System.Management.Automation.Runspaces;
using ToriiSalesforce.Commands;

namespace ToriiSalesforce.Tests.Infrastructure;

/// <summary>Runs script in a fresh runspace with the ToriiSalesforce cmdlets imported, as a user's session would.</summary>
public static class PowerShellRunner
{
    /// <summary>The cmdlet assembly this test project built; importing it runs the module initializer.</summary>
    public static string ModuleAssemblyPath => typeof(GetToriiSfUserCommand).Assembly.Location;

    public static ScriptResult Run(string script, IReadOnlyDictionary<string, object?>? variables = null)
    {
        using var runspace = Open(variables);
        using var ps = PowerShell.Create(runspace);
        ps.AddScript(script);

        var output = new List<PSObject>();
        Exception? thrown = null;
        try
        {
            output.AddRange(ps.Invoke());
        }
        catch (RuntimeException ex)
        {
            thrown = ex;
        }
        return Collect(ps, output, thrown);
    }

    /// <summary>
    /// Starts the script, waits until <paramref name="readyToStop"/> is true (at most 30 s), stops the
    /// pipeline as Ctrl+C does, and reports how long the stop took.
    /// </summary>
    public static (ScriptResult Result, TimeSpan StopTook) RunAndStop(string script, Func<bool> readyToStop, IReadOnlyDictionary<string, object?>? variables = null)
    {
        using var runspace = Open(variables);
        using var ps = PowerShell.Create(runspace);
        ps.AddScript(script);
        var output = new PSDataCollection<PSObject>();
        var pending = ps.BeginInvoke<PSObject, PSObject>(null, output);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!readyToStop() && DateTime.UtcNow < deadline) Thread.Sleep(20);
        Assert.True(readyToStop(), "the script never reached the point where it should be stopped");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        ps.Stop();
        Exception? thrown = null;
        try
        {
            ps.EndInvoke(pending);
        }
        catch (PipelineStoppedException ex)
        {
            thrown = ex;
        }
        watch.Stop();
        return (Collect(ps, output.ToList(), thrown), watch.Elapsed);
    }

    private static Runspace Open(IReadOnlyDictionary<string, object?>? variables)
    {
        var state = InitialSessionState.CreateDefault();
        state.ImportPSModule(new[] { ModuleAssemblyPath });
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
            state.Variables.Add(new SessionStateVariableEntry(name, value, null));
        var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        return runspace;
    }

    private static ScriptResult Collect(PowerShell ps, List<PSObject> output, Exception? thrown) => new()
    {
        Output = output,
        Errors = ps.Streams.Error.ToList(),
        Verbose = ps.Streams.Verbose.Select(v => v.Message).ToList(),
        Debug = ps.Streams.Debug.Select(d => d.Message).ToList(),
        Warnings = ps.Streams.Warning.Select(w => w.Message).ToList(),
        Information = ps.Streams.Information.Select(i => i.MessageData?.ToString() ?? "").ToList(),
        Thrown = thrown,
    };
}
