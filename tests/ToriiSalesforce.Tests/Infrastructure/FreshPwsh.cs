using System.Diagnostics;
using System.Text;

namespace ToriiSalesforce.Tests.Infrastructure;

/// <summary>
/// Runs a script in a new pwsh process (the repository's pinned PowerShell, "dotnet pwsh"), with the
/// cmdlet assembly this project built imported: nothing in this test process's memory can help it.
/// </summary>
public static class FreshPwsh
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        public string[] Lines => StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static Result Run(string script, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var full = "$ErrorActionPreference = 'Stop'\n" +
                   $"Import-Module '{PowerShellRunner.ModuleAssemblyPath.Replace("'", "''")}'\n" + script;
        var start = new ProcessStartInfo("dotnet")
        {
            // The tool manifest (.config/dotnet-tools.json) that pins pwsh is found from the repository root.
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-EncodedCommand", Convert.ToBase64String(Encoding.Unicode.GetBytes(full)) })
            start.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The fresh pwsh did not finish in time.");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The folder holding ToriiSalesforce.sln, found upwards from this test assembly.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ToriiSalesforce.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("ToriiSalesforce.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
