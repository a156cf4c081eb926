using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ToriiSalesforce.Bench;

/// <summary>
/// Generates the Login logs, runs every method in its own process (one at a time, so they do not
/// compete for the two cores), and writes the results file.
/// </summary>
internal static class Orchestrator
{
    public static int Run(string[] args)
    {
        string Arg(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var output = Arg("--out", "bench/results.md");
        var sizes = Arg("--sizes", "100,1024").Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        // ConvertFrom-Csv needs the whole text in memory, as Invoke-RestMethod hands it over; past this size it is not run.
        var pwshLimitMb = long.Parse(Arg("--pwsh-mb", "100"), CultureInfo.InvariantCulture);
        // The pwsh.dll of the running PowerShell, started with dotnet directly: the tool shim would add a process in between.
        var pwsh = Arg("--pwsh", "pwsh");
        var dir = Path.Combine(Path.GetTempPath(), "torii-bench");
        Directory.CreateDirectory(dir);
        var self = typeof(Orchestrator).Assembly.Location;

        var results = new List<(long SizeMb, Measurement M)>();
        foreach (var mb in sizes)
        {
            var file = Path.Combine(dir, $"login-{mb}MB.csv");
            Console.WriteLine($"Generating {file} ...");
            var (bytes, rows) = LoginLogWriter.Write(file, mb * 1_048_576);
            Console.WriteLine($"  {bytes:N0} bytes, {rows:N0} rows");

            results.Add((mb, Child("dotnet", new[] { self, "parse-engine", file })));
            results.Add((mb, Child("dotnet", new[] { self, "parse-raw", file })));
            if (mb <= pwshLimitMb)
            {
                results.Add((mb, PowerShell(pwsh, "Import-Csv", file, bytes, $"$n = 0; Import-Csv -LiteralPath '{file}' | ForEach-Object {{ $n++ }}")));
                results.Add((mb, PowerShell(pwsh, "ConvertFrom-Csv (text in memory)", file, bytes, $"$text = [System.IO.File]::ReadAllText('{file}'); $n = 0; $text | ConvertFrom-Csv | ForEach-Object {{ $n++ }}")));
            }
            File.Delete(file);
        }

        // End to end on the largest size: the emulator serves the log (generated as it streams), we download and parse.
        var emulator = Arg("--emulator", "");
        if (emulator.Length > 0)
        {
            var mb = sizes.Max();
            Console.WriteLine($"End to end: a {mb} MB Login log served by the emulator ...");
            results.Add((mb, EndToEnd(emulator, mb, self)));
        }

        File.WriteAllText(output, Report(results, pwshLimitMb));
        Console.WriteLine($"Wrote {output}");
        return 0;
    }

    private static Measurement Child(string exe, string[] arguments)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{string.Join(" ", arguments)} failed with exit code {p.ExitCode}.");
        var m = Measurement.FromJson(output.Trim().Split('\n').Last());
        Console.WriteLine($"  {m.Method}: {m.MegabytesPerSecond:F1} MB/s, {m.EventsPerSecond:N0} events/s, peak {m.PeakWorkingSetBytes / 1_048_576d:F0} MB");
        return m;
    }

    /// <summary>Starts the emulator with one log file of about <paramref name="mb"/> MB and measures the download-and-parse child.</summary>
    private static Measurement EndToEnd(string emulatorDll, long mb, string self)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { emulatorDll, "--port", "0", "--users", "200", "--login-log-mb", mb.ToString(CultureInfo.InvariantCulture) }) psi.ArgumentList.Add(a);
        using var emulator = Process.Start(psi)!;
        try
        {
            // The emulator measures the file's exact length before it reports ready: allow for that.
            var ready = emulator.StandardOutput.ReadLineAsync();
            if (!ready.Wait(TimeSpan.FromMinutes(5)) || ready.Result is null) throw new InvalidOperationException("The emulator did not report ready.");
            using var info = System.Text.Json.JsonDocument.Parse(ready.Result);
            string Field(string name) => info.RootElement.GetProperty(name).GetString()!;
            return Child("dotnet", new[] { self, "download-engine", Field("loginUrl"), Field("clientId"), Field("refreshToken") });
        }
        finally
        {
            if (!emulator.HasExited) emulator.Kill(true);
        }
    }

    /// <summary>
    /// Runs a PowerShell pipeline in its own pwsh: the time is taken inside (pwsh start-up excluded),
    /// the peak working set from outside.
    /// </summary>
    private static Measurement PowerShell(string pwsh, string method, string file, long bytes, string pipeline)
    {
        var script = "$w = [System.Diagnostics.Stopwatch]::StartNew(); " + pipeline + "; \"$n $($w.Elapsed.TotalSeconds.ToString([cultureinfo]::InvariantCulture))\"";
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { pwsh, "-NoProfile", "-NonInteractive", "-Command", script }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        long peak = 0;
        while (!p.WaitForExit(200))
        {
            try { p.Refresh(); peak = Math.Max(peak, p.PeakWorkingSet64); } catch (InvalidOperationException) { }
        }
        var parts = output.Result.Trim().Split('\n').Last().Split(' ');
        var m = new Measurement(method, bytes, long.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), peak);
        Console.WriteLine($"  {m.Method}: {m.MegabytesPerSecond:F1} MB/s, {m.EventsPerSecond:N0} events/s, peak {m.PeakWorkingSetBytes / 1_048_576d:F0} MB");
        return m;
    }

    private static string Report(List<(long SizeMb, Measurement M)> results, long pwshLimitMb)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Event Log File parsing benchmark");
        sb.AppendLine();
        sb.AppendLine($"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `build.ps1 -Task Bench` on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}.");
        sb.AppendLine("Input: generated Login logs with the real 2025 Login column set (34 quoted columns). Each method runs alone in its own process; peak working set is that process's.");
        sb.AppendLine();
        sb.AppendLine("| File | Method | MB/s | events/s | seconds | peak working set (MB) |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var (size, m) in results)
            sb.AppendLine($"| {size} MB | {m.Method}{(m.Note.Length > 0 ? " (" + m.Note + ")" : "")} | {m.MegabytesPerSecond:F1} | {m.EventsPerSecond:N0} | {m.Seconds:F1} | {m.PeakWorkingSetBytes / 1_048_576d:F0} |");
        sb.AppendLine();
        foreach (var group in results.GroupBy(r => r.SizeMb))
        {
            var ours = group.First(r => r.M.Method.StartsWith("ToriiSalesforce (", StringComparison.Ordinal)).M;
            var raw = group.First(r => r.M.Method.StartsWith("CsvHelper", StringComparison.Ordinal)).M;
            sb.Append($"- {group.Key} MB: ours is {ours.MegabytesPerSecond / raw.MegabytesPerSecond:P0} of the raw CsvHelper rate (target: at least 50%)");
            var convert = group.FirstOrDefault(r => r.M.Method.StartsWith("ConvertFrom-Csv", StringComparison.Ordinal)).M;
            if (convert is not null) sb.Append($"; {ours.MegabytesPerSecond / convert.MegabytesPerSecond:F0}x ConvertFrom-Csv (target: at least 20x)");
            sb.AppendLine($"; peak working set {ours.PeakWorkingSetBytes / 1_048_576d:F0} MB (target on 1 GB: under 150 MB).");
        }
        foreach (var (size, m) in results.Where(r => r.M.Method.Contains("end to end", StringComparison.Ordinal)))
            sb.AppendLine($"- End to end, {size} MB served by the emulator over loopback: {m.MegabytesPerSecond:F1} MB/s, peak working set {m.PeakWorkingSetBytes / 1_048_576d:F0} MB (target: flat, about 100 MB above the process's start).");
        sb.AppendLine();
        sb.AppendLine($"ConvertFrom-Csv and Import-Csv run only on files up to {pwshLimitMb} MB: ConvertFrom-Csv needs the whole text in memory (as Invoke-RestMethod returns it), and on 1 GB it would need many GB and tens of minutes; their rate does not depend on file size.");
        return sb.ToString();
    }
}
