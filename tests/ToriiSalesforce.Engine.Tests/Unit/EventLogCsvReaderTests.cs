using System.Text;
using ToriiSalesforce.Engine.EventLogs;

namespace ToriiSalesforce.Engine.Tests.Unit;

public class EventLogCsvReaderTests
{
    private static (List<EventLogEvent> Events, List<MalformedEventLogRow> Bad) ReadFile(string path, string? fieldTypes = null)
    {
        var bad = new List<MalformedEventLogRow>();
        using var reader = new StreamReader(path, Encoding.UTF8);
        var events = EventLogCsvReader.Read(reader, new EventLogSource { Name = path, FieldTypes = fieldTypes }, bad.Add, CancellationToken.None).ToList();
        return (events, bad);
    }

    [Theory]
    [InlineData("sfdc_elf-Login-2015.csv", 1466, "Login")]
    [InlineData("sfdc_elf-RestApi-2015.csv", 308, "RestApi")]
    [InlineData("sfdc_elf-API-2015.csv", 4, "API")]
    [InlineData("sfdc_elf-BulkApi-2015.csv", 4, "BulkApi")]
    [InlineData("sfdc_elf-QueuedExecution-2015.csv", 1, "QueuedExecution")]
    [InlineData("sfdc_elf-UITracking-2015.csv", 30, "UITracking")]
    [InlineData("nr-ApexExecution-2023-hourly.csv", 45, "ApexExecution")]
    [InlineData("nr-Login-2025-hourly.csv", 9, "Login")]
    [InlineData("nr-ApexCallout-synthetic.csv", 2, "ApexCallout")]
    public void Every_real_file_reads_completely_with_utc_timestamps(string file, int rows, string eventType)
    {
        var (events, bad) = ReadFile(RealData.Elf(file));

        Assert.Empty(bad);
        Assert.Equal(rows, events.Count);
        Assert.All(events, e => Assert.Equal(eventType, e.EventType));
        Assert.All(events, e =>
        {
            Assert.NotNull(e.Timestamp);
            Assert.Equal(TimeSpan.Zero, e.Timestamp!.Value.Offset);
        });
    }

    [Fact]
    public void Compact_and_derived_timestamps_agree_and_user_ids_come_out_18_long()
    {
        var (events, _) = ReadFile(RealData.Elf("nr-ApexExecution-2023-hourly.csv"));
        foreach (var e in events)
        {
            var compact = (DateTimeOffset?)e["TIMESTAMP"];
            var derived = (DateTimeOffset?)e["TIMESTAMP_DERIVED"];
            Assert.Equal(compact, derived);
            if (e.UserId is { } id) Assert.Equal(18, id.Length);
        }
    }

    [Fact]
    public void Fifteen_character_ids_of_old_files_are_extended_with_their_checksum()
    {
        var (events, _) = ReadFile(RealData.Elf("sfdc_elf-Login-2015.csv"));
        var first = events[0];
        var raw = (string)first["USER_ID"]!;
        Assert.Equal(15, raw.Length);
        Assert.Equal(SalesforceId.To18(raw), first.UserId);
        Assert.True(SalesforceId.IsValid(first.UserId));
    }

    [Fact]
    public void Known_checksum_from_the_reference_fixture()
    {
        Assert.Equal("0055j00000AT6I1AAL", SalesforceId.To18("0055j00000AT6I1"));
    }

    [Fact]
    public void Triple_quoted_values_are_unwrapped()
    {
        var (events, _) = ReadFile(RealData.Elf("sfdc_elf-BulkApi-2015.csv"));
        Assert.Contains(events, e => e.Values.OfType<string>().Any(v => v == "success"));
        Assert.DoesNotContain(events, e => e.Values.OfType<string>().Any(v => v.StartsWith('"')));
    }

    [Fact]
    public void A_comma_inside_a_quoted_value_stays_in_its_column()
    {
        var (events, bad) = ReadFile(RealData.Elf("nr-Login-2025-hourly.csv"));
        Assert.Empty(bad);
        Assert.Contains(events, e => (e["FORWARDED_FOR_IP"] as string)?.Contains(',') == true);
    }

    [Fact]
    public void Field_types_from_the_record_type_the_values()
    {
        var csv = "\"EVENT_TYPE\",\"TIMESTAMP\",\"RUN_TIME\",\"USER_ID\",\"IS_OK\"\n\"API\",\"20231218054831.655\",\"1219\",\"0055j00000AT6I1\",\"true\"\n";
        var bad = new List<MalformedEventLogRow>();
        var e = EventLogCsvReader.Read(new StringReader(csv), new EventLogSource { Name = "t", FieldTypes = "String,DateTime,Number,Id,Boolean" }, bad.Add, CancellationToken.None).Single();
        Assert.Equal(1219d, e["RUN_TIME"]);
        Assert.Equal(true, e["IS_OK"]);
        Assert.Equal(new DateTimeOffset(2023, 12, 18, 5, 48, 31, 655, TimeSpan.Zero), e.Timestamp);
        Assert.Equal("0055j00000AT6I1AAL", e.UserId);
    }

    [Fact]
    public void A_malformed_row_is_reported_with_its_line_and_the_rest_flows()
    {
        var csv = "\"EVENT_TYPE\",\"TIMESTAMP\",\"RUN_TIME\"\n\"API\",\"20231218054831.655\",\"1\"\n\"API\",\"oops\"\n\"API\",\"20231218054832.000\",\"3\"\n";
        var bad = new List<MalformedEventLogRow>();
        var events = EventLogCsvReader.Read(new StringReader(csv), new EventLogSource { Name = "f.csv" }, bad.Add, CancellationToken.None).ToList();
        Assert.Equal(2, events.Count);
        var report = Assert.Single(bad);
        Assert.Equal("f.csv", report.Source);
        Assert.Equal(3, report.Line);
        Assert.Contains("2 values", report.Reason);
    }
}
