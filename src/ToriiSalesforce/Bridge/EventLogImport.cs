using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Management.Automation;
using System.Text;
using System.Threading;
using ToriiSalesforce.Engine.EventLogs;

namespace ToriiSalesforce.Bridge;

/// <summary>Reads an Event Log File CSV from disk (downloaded by hand) into the same objects Get-ToriiSfUsage writes.</summary>
internal static class EventLogImport
{
    private const int BufferSize = 64 * 1024;

    /// <summary>
    /// The file's events, streamed as they are parsed (a gigabyte file reads in flat memory). A file
    /// whose name ends in .gz is decompressed on the fly. Column types are inferred from the column
    /// names, since a file on disk has no LogFileFieldTypes. Rows that cannot be read go to
    /// <paramref name="report"/>; the file is opened on the first read, so a missing or locked file
    /// throws from the enumeration.
    /// </summary>
    public static IEnumerable<PSObject> Read(string path, Action<ErrorRecord> report, CancellationToken cancellationToken)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        using var content = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(content, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, BufferSize);
        var builder = new EventLogObjectBuilder();
        foreach (var e in EventLogCsvReader.Read(reader, new EventLogSource { Name = path }, row => report(EventLogErrors.Malformed(row)), cancellationToken))
            yield return builder.Build(e);
    }
}
