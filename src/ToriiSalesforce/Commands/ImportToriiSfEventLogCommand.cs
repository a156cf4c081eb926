using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Import-ToriiSfEventLog: reads Event Log File CSVs an admin downloaded by hand into the same typed
/// event objects Get-ToriiSfUsage -Source EventLogFile writes. Needs no connection.
/// </summary>
[Cmdlet(VerbsData.Import, "ToriiSfEventLog", DefaultParameterSetName = PathSet)]
[OutputType(typeof(EventLogEvent))]
public sealed class ImportToriiSfEventLogCommand : ToriiSfCmdlet
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";

    private readonly ConcurrentQueue<ErrorRecord> _problems = new();

    /// <summary>CSV files; wildcards allowed. Strings piped in bind here.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>CSV files, taken exactly as written (no wildcards). Files piped from Get-ChildItem bind here.</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP", "FullName")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        var literal = ParameterSetName == LiteralPathSet;
        foreach (var path in literal ? LiteralPath : Path)
        {
            foreach (var file in Resolve(path, literal)) ReadFile(file);
        }
    }

    /// <summary>The file-system files a -Path or -LiteralPath value names; a non-terminating error for each one that names none.</summary>
    private IEnumerable<string> Resolve(string path, bool literal)
    {
        var files = new List<string>();
        try
        {
            ProviderInfo provider;
            if (literal)
            {
                files.Add(SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _));
            }
            else
            {
                files.AddRange(SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider));
            }
            if (provider.Name != "FileSystem")
            {
                EmitError(new ErrorRecord(
                    new ArgumentException($"'{path}' is not a file-system path (it is on the {provider.Name} provider). Give the path of a CSV file."),
                    "NotAFileSystemPath", ErrorCategory.InvalidArgument, path));
                return Array.Empty<string>();
            }
        }
        catch (Exception ex) when (ex is SessionStateException or ArgumentException or NotSupportedException or PSInvalidOperationException)
        {
            EmitError(NotFound(path, ex));
            return Array.Empty<string>();
        }

        var result = new List<string>(files.Count);
        foreach (var file in files)
        {
            if (Directory.Exists(file))
            {
                EmitError(new ErrorRecord(
                    new ArgumentException($"'{file}' is a folder. Give the CSV files in it, for example '{System.IO.Path.Combine(file, "*.csv")}'."),
                    "PathIsFolder", ErrorCategory.InvalidArgument, file));
            }
            else if (!File.Exists(file))
            {
                EmitError(NotFound(file, new ItemNotFoundException($"Cannot find the file '{file}' because it does not exist.")));
            }
            else
            {
                result.Add(file);
            }
        }
        return result;
    }

    private void ReadFile(string file)
    {
        ErrorTarget = file;
        WriteVerbose($"Reading {file}");
        long events = 0;
        try
        {
            Run(() =>
            {
                foreach (var e in EventLogImport.Read(file, _problems.Enqueue, CancellationToken))
                {
                    events++;
                    Emit(e);
                    if (!_problems.IsEmpty) WriteProblems();
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // One unreadable file (locked, no permission, not gzip after all) must not stop the others.
            EmitError(new ErrorRecord(ex, "FileNotRead", ErrorCategory.ReadError, file)
            {
                ErrorDetails = new ErrorDetails($"'{file}' could not be read{(events > 0 ? $" past its first {events} events" : "")}: {ex.Message}"),
            });
        }
        WriteProblems();
        WriteVerbose($"{events} events from {file}");
    }

    private void WriteProblems()
    {
        while (_problems.TryDequeue(out var problem)) EmitError(problem);
    }

    private static ErrorRecord NotFound(string path, Exception ex) =>
        new(ex, "FileNotFound", ErrorCategory.ObjectNotFound, path)
        {
            ErrorDetails = new ErrorDetails($"Cannot find the file '{path}': {ex.Message}"),
        };
}
