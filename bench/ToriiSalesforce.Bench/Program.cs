using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ToriiSalesforce.Bench;
using ToriiSalesforce.Engine.EventLogs;

// build.ps1 -Task Bench runs "run"; the other verbs are the measured child processes.
switch (args.FirstOrDefault())
{
    case "run":
        return Orchestrator.Run(args.Skip(1).ToArray());
    case "parse-engine":
    {
        var path = args[1];
        var m = Measurement.Run("ToriiSalesforce (EventLogCsvReader, typed)", new FileInfo(path).Length, () =>
        {
            long n = 0, bad = 0;
            using var reader = new StreamReader(path, new UTF8Encoding(false), false, 64 * 1024);
            var source = new EventLogSource { Name = path, FieldTypes = LoginLogWriter.FieldTypes };
            foreach (var e in EventLogCsvReader.Read(reader, source, _ => bad++, CancellationToken.None))
            {
                // Touch what a consumer touches: the typed common properties.
                if (e.Timestamp is null || e.UserId is null) bad++;
                n++;
            }
            if (bad != 0) throw new InvalidOperationException($"{bad} rows were not read cleanly.");
            return n;
        });
        Console.WriteLine(m.ToJson());
        return 0;
    }
    case "parse-raw":
    {
        var path = args[1];
        var m = Measurement.Run("CsvHelper CsvParser, raw fields (near-limit)", new FileInfo(path).Length, () =>
        {
            long n = 0, chars = 0;
            using var reader = new StreamReader(path, new UTF8Encoding(false), false, 64 * 1024);
            using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
            parser.Read(); // header
            while (parser.Read())
            {
                for (var i = 0; i < parser.Count; i++) chars += parser[i].Length;
                n++;
            }
            return chars >= 0 ? n : -1;
        });
        Console.WriteLine(m.ToJson());
        return 0;
    }
    case "download-engine":
    {
        // End to end: list the log file, download it from the emulator and parse it as it arrives, as
        // Get-ToriiSfUsage does; the peak working set is this process's, the emulator runs in its own.
        var (loginUrl, clientId, refreshToken) = (args[1], args[2], args[3]);
        var session = ToriiSalesforce.Engine.SalesforceConnector.ConnectAsync(new ToriiSalesforce.Engine.ConnectOptions
        {
            ClientId = clientId,
            RefreshToken = new ToriiSalesforce.Engine.Auth.Secret(refreshToken),
            LoginUrl = new Uri(loginUrl),
        }, CancellationToken.None).GetAwaiter().GetResult();
        var day = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-10);
        var query = new EventLogFileQuery { EventTypes = new[] { "Login" }, Since = day, Until = day.AddDays(1), Interval = LogInterval.Daily };
        var bytes = (long)session.EventLogFiles.Files(query, null, CancellationToken.None).Sum(f => f.LogFileLength);
        var m = Measurement.Run("ToriiSalesforce end to end (download from the emulator while parsing)", bytes, () =>
        {
            long n = 0, bad = 0;
            foreach (var e in session.EventLogFiles.Read(query, null, _ => bad++, ex => throw ex, CancellationToken.None))
            {
                if (e.Timestamp is null || e.UserId is null) bad++;
                n++;
            }
            if (bad != 0) throw new InvalidOperationException($"{bad} rows were not read cleanly.");
            return n;
        });
        Console.WriteLine(m.ToJson());
        return 0;
    }
    case "generate":
    {
        var (bytes, rows) = LoginLogWriter.Write(args[1], long.Parse(args[2], CultureInfo.InvariantCulture));
        Console.WriteLine($"{bytes} {rows}");
        return 0;
    }
    default:
        Console.Error.WriteLine("usage: run --out <results.md> [--sizes 100,1024] [--pwsh-mb 100] | parse-engine <csv> | parse-raw <csv> | generate <csv> <bytes>");
        return 2;
}
