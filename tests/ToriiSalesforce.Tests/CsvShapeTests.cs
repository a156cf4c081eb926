using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class CsvShapeTests
{
    private static readonly string[] Columns =
    {
        "Id", "Username", "Name", "Email", "IsActive", "IsFrozen", "UserType", "ProfileName", "LicenseName", "LicenseKey",
        "ServiceCloudUser", "FlowUser", "ChatUser", "MarketingUser", "ApexMobileUser", "FeatureLicenses",
        "LastLoginDate", "CreatedDate", "LastModifiedDate", "IsSupported", "SupportNote",
    };

    private readonly EmulatorFixture _emulator;

    public CsvShapeTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        EmulatorFixture.DropCurrentConnection();
    }

    [Fact]
    public void ConvertTo_Csv_gives_the_same_flat_columns_for_every_user_and_no_type_names_in_any_cell()
    {
        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken +
            "$csv = Get-ToriiSfUser -IncludeExternal | ConvertTo-Csv -NoTypeInformation\n" +
            "$csv\n" +
            "'---'\n" +
            "$rows = $csv | ConvertFrom-Csv\n" +
            // Every date cell must parse back to the same instant, and every flag cell be True, False or empty.
            "@($rows | Where-Object { $_.LastLoginDate -and -not ([DateTimeOffset]::Parse($_.LastLoginDate, [cultureinfo]::InvariantCulture)) }).Count\n" +
            "@($rows | Where-Object { $_.IsFrozen -notin 'True', 'False', '' -or $_.MarketingUser -notin 'True', 'False', '' }).Count",
            _emulator.Variables);

        Assert.Empty(result.Errors);
        var lines = result.Output.Select(o => o.BaseObject.ToString()!).ToList();
        var separator = lines.IndexOf("---");
        var csv = lines.Take(separator).ToList();
        Assert.Equal(string.Join(",", Columns.Select(c => $"\"{c}\"")), csv[0]);
        Assert.Equal(_emulator.Server.Org.Users.Count + 1, csv.Count);
        Assert.All(csv, line => Assert.DoesNotContain("System.", line));
        Assert.All(csv.Skip(1), line => Assert.Equal(Columns.Length, SplitCsv(line).Count));
        Assert.Equal("0", lines[separator + 1]);
        Assert.Equal("0", lines[separator + 2]);
    }

    [Fact]
    public void Dates_are_written_in_utc()
    {
        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfUser -Top 50 | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv | ForEach-Object CreatedDate",
            _emulator.Variables);

        var cells = result.Output.Select(o => o.BaseObject.ToString()!).ToList();
        Assert.Equal(50, cells.Count);
        Assert.All(cells, c => Assert.EndsWith("+00:00", c));
    }

    private static List<string> SplitCsv(string line)
    {
        // Cells are quoted by ConvertTo-Csv; a quote inside a cell is doubled.
        var cells = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '"')
            {
                var sb = new System.Text.StringBuilder();
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i += 2; }
                    else if (line[i] == '"') { i++; break; }
                    else sb.Append(line[i++]);
                }
                cells.Add(sb.ToString());
            }
            else
            {
                var end = line.IndexOf(',', i);
                cells.Add(end < 0 ? line[i..] : line[i..end]);
                i = end < 0 ? line.Length : end;
            }
            if (i < line.Length && line[i] == ',')
            {
                i++;
                if (i == line.Length) cells.Add("");
            }
        }
        return cells;
    }
}
