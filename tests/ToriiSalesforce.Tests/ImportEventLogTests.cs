using System.Globalization;
using System.Management.Automation;
using Microsoft.VisualBasic.FileIO;
using ToriiSalesforce.Engine.Tests.Unit;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

/// <summary>
/// Import-ToriiSfEventLog over the real Event Log Files in ../shared/realdata/elf, as an admin runs it
/// on files downloaded by hand. What each event must hold is read from the file with .NET's own
/// quoted-CSV parser (TextFieldParser), never with the module's reader.
/// </summary>
public sealed class ImportEventLogTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "torii-import-" + Guid.NewGuid().ToString("N"));

    public ImportEventLogTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The columns behind the typed common properties, which are not repeated under their header names.</summary>
    private static readonly HashSet<string> CommonColumns = new(StringComparer.Ordinal)
    {
        "EVENT_TYPE", "TIMESTAMP", "TIMESTAMP_DERIVED", "USER_ID", "USER_ID_DERIVED", "CLIENT_IP", "REQUEST_ID", "SESSION_KEY", "LOGIN_KEY", "URI",
    };

    private static string ElfFolder => Path.GetDirectoryName(RealData.Elf("x"))!;

    public static IEnumerable<object[]> RealFiles() =>
        Directory.GetFiles(ElfFolder, "*.csv").Select(f => new object[] { Path.GetFileName(f) }).OrderBy(f => (string)f[0]);

    /// <summary>The file's rows as dictionaries by header name, read with TextFieldParser.</summary>
    private static List<Dictionary<string, string>> RowsOf(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (parser.ReadFields() is { } fields)
            rows.Add(header.Select((h, i) => (h, v: fields[i])).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal));
        return rows;
    }

    private static ScriptResult Run(string script, params (string Name, object? Value)[] variables) =>
        PowerShellRunner.Run(script, variables.ToDictionary(v => v.Name, v => v.Value));

    private static object? Prop(PSObject o, string name) => o.Properties[name]?.Value;

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Every_real_file_imports_every_row_with_utc_times_and_18_character_user_ids(string file)
    {
        var path = RealData.Elf(file);
        var rows = RowsOf(path);

        var result = Run("Import-ToriiSfEventLog -LiteralPath $File", ("File", path));

        Assert.Null(result.Thrown);
        Assert.Empty(result.Errors);
        Assert.Equal(rows.Count, result.Output.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var e = result.Output[i];
            Assert.Equal("ToriiSalesforce.EventLogEvent#" + row["EVENT_TYPE"], e.TypeNames[0]);
            Assert.Equal(row["EVENT_TYPE"], Prop(e, "EventType"));

            var at = Assert.IsType<DateTimeOffset>(Prop(e, "Timestamp"));
            Assert.Equal(TimeSpan.Zero, at.Offset);
            var expectedAt = row.TryGetValue("TIMESTAMP_DERIVED", out var derived) && derived.Length > 0
                ? DateTimeOffset.Parse(derived, CultureInfo.InvariantCulture)
                : DateTimeOffset.ParseExact(row["TIMESTAMP"], "yyyyMMddHHmmss.fff", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            Assert.Equal(expectedAt, at);

            var userId = (string?)Prop(e, "UserId");
            if (row.TryGetValue("USER_ID_DERIVED", out var derivedId) && derivedId.Length > 0)
                Assert.Equal(derivedId, userId);
            else if (row["USER_ID"] is { Length: 15 } raw && raw.StartsWith("005", StringComparison.Ordinal))
                Assert.Equal(raw, Assert.IsType<string>(userId)[..15]);

            if (userId is { Length: 18 } && row["USER_ID"] is { Length: 15 } shortId)
                Assert.StartsWith(shortId, userId);

            // Every other column is there under its own header name.
            foreach (var column in row.Keys.Where(c => !CommonColumns.Contains(c)))
                Assert.NotNull(e.Properties[column]);
        }
    }

    [Fact]
    public void Fifteen_character_ids_of_old_files_come_out_with_their_checksum()
    {
        var result = Run("Import-ToriiSfEventLog -LiteralPath $File | Select-Object -First 1", ("File", RealData.Elf("sfdc_elf-Login-2015.csv")));

        // 0053000000Ank29 extended by hand with Salesforce's checksum (salesforce-api.md 0.1).
        Assert.Equal("0053000000Ank29AAB", Prop(Assert.Single(result.Output), "UserId"));
    }

    [Fact]
    public void Files_piped_from_Get_ChildItem_wildcards_and_piped_strings_all_import()
    {
        var all = Directory.GetFiles(ElfFolder, "*.csv").Sum(f => RowsOf(f).Count);
        var old = Directory.GetFiles(ElfFolder, "sfdc_elf-*-2015.csv").Sum(f => RowsOf(f).Count);

        var result = Run(
            "@(Get-ChildItem -LiteralPath $Folder -Filter *.csv | Import-ToriiSfEventLog).Count\n" +
            "@(Import-ToriiSfEventLog -Path (Join-Path $Folder 'sfdc_elf-*-2015.csv')).Count\n" +
            "@((Join-Path $Folder 'sfdc_elf-API-2015.csv'), (Join-Path $Folder 'sfdc_elf-BulkApi-2015.csv') | Import-ToriiSfEventLog).Count",
            ("Folder", ElfFolder));

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { all, old, RowsOf(RealData.Elf("sfdc_elf-API-2015.csv")).Count + RowsOf(RealData.Elf("sfdc_elf-BulkApi-2015.csv")).Count },
            result.Output.Select(o => (int)o.BaseObject).ToArray());
    }

    [Fact]
    public void A_malformed_row_is_an_error_naming_the_file_and_line_and_the_rest_still_flows()
    {
        var lines = File.ReadAllLines(RealData.Elf("sfdc_elf-RestApi-2015.csv"));
        var broken = Path.Combine(_dir, "broken RestApi.csv");
        // Line 3 loses its second half, as a hand-edited or badly copied file would.
        File.WriteAllLines(broken, lines.Take(2).Append(lines[2][..(lines[2].Length / 2)] + "\"").Concat(lines.Skip(3)));
        var missing = Path.Combine(_dir, "missing.csv");

        var result = Run("Import-ToriiSfEventLog -LiteralPath $Broken, $Missing, $Good",
            ("Broken", broken), ("Missing", missing), ("Good", RealData.Elf("sfdc_elf-API-2015.csv")));

        Assert.Null(result.Thrown);
        Assert.Equal(2, result.Errors.Count);
        var malformed = result.Errors[0];
        Assert.StartsWith("MalformedEventLogRow,", malformed.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, malformed.CategoryInfo.Category);
        Assert.Contains(broken, malformed.Exception.Message);
        Assert.Contains("line 3", malformed.Exception.Message);
        var notFound = result.Errors[1];
        Assert.StartsWith("FileNotFound,", notFound.FullyQualifiedErrorId);
        Assert.Equal(missing, notFound.TargetObject);
        // Every other row of the broken file, then every row of the good one.
        Assert.Equal(lines.Length - 2 + RowsOf(RealData.Elf("sfdc_elf-API-2015.csv")).Count, result.Output.Count);
    }
}
