using System.Text.Json;
using ToriiSalesforce.Engine.EventLogs;
using ToriiSalesforce.Engine.Sync;

namespace ToriiSalesforce.Engine.Tests.Unit;

/// <summary>
/// The checkpoint file records the selection it was made for: saved with the cursor, compared as a
/// normalised set on load, refused when another selection opens it, and adopted from files written
/// before the selection was recorded.
/// </summary>
public sealed class CheckpointFileTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "torii-checkpoint-" + Guid.NewGuid().ToString("N"));

    public CheckpointFileTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly DateTimeOffset Created = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private static UsageCheckpoint Sample() => new()
    {
        LogFileCreatedDate = Created,
        LogFileId = "0AT000000000002AAA",
        EmittedLogFiles = { ["0AT000000000001AAA"] = Created.AddHours(-1), ["0AT000000000002AAA"] = Created },
        PeriodIntervals = { ["Login|2025-03-03"] = "Hourly" },
    };

    [Fact]
    public void The_selection_is_saved_with_the_cursor_and_read_back()
    {
        var path = Path.Combine(_dir, "elf.json");
        var selection = CheckpointSelection.ForEventLogFiles(new[] { "Login", "API" }, LogInterval.Daily);
        new CheckpointFile(path, selection).Save(Sample());

        var loaded = new CheckpointFile(path, selection).Load();

        Assert.Equal(selection, loaded.Selection);
        Assert.Equal(new[] { "API", "Login" }, loaded.Selection!.EventTypes);
        Assert.Equal(LogInterval.Daily, loaded.Selection.Interval);
        Assert.Equal(Created, loaded.LogFileCreatedDate);
        Assert.Equal("0AT000000000002AAA", loaded.LogFileId);
        Assert.Equal(2, loaded.EmittedLogFiles.Count);
        Assert.Equal("Hourly", loaded.PeriodIntervals["Login|2025-03-03"]);
        // The file says what it is for in words an admin can read when opening it.
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("EventLogFile", doc.RootElement.GetProperty("selection").GetProperty("source").GetString());
    }

    [Fact]
    public void Event_types_in_another_order_case_or_as_one_comma_list_are_the_same_selection()
    {
        var path = Path.Combine(_dir, "elf.json");
        new CheckpointFile(path, CheckpointSelection.ForEventLogFiles(new[] { "API,Login" }, LogInterval.Auto)).Save(Sample());

        var loaded = new CheckpointFile(path, CheckpointSelection.ForEventLogFiles(new[] { "login", " api" }, LogInterval.Auto)).Load();

        Assert.Equal("0AT000000000002AAA", loaded.LogFileId);
    }

    [Fact]
    public void Another_selection_is_refused_naming_both_and_the_file_stays_as_it_was()
    {
        var path = Path.Combine(_dir, "elf.json");
        new CheckpointFile(path, CheckpointSelection.ForEventLogFiles(new[] { "Login" }, LogInterval.Auto)).Save(Sample());
        var before = File.ReadAllText(path);

        var ex = Assert.Throws<CheckpointSelectionMismatchException>(() =>
            new CheckpointFile(path, CheckpointSelection.ForEventLogFiles(new[] { "Login", "API" }, LogInterval.Auto)).Load());

        Assert.Contains(path, ex.Message);
        Assert.Contains("made for -Source EventLogFile -EventType Login -Interval Auto", ex.Message);
        Assert.Contains("asks for -Source EventLogFile -EventType API, Login -Interval Auto", ex.Message);
        Assert.Contains("separate checkpoint file for each selection", ex.Message);
        Assert.Contains("delete", ex.Remediation);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("interval")]
    [InlineData("source")]
    [InlineData("successOnly")]
    [InlineData("users")]
    public void Each_option_that_changes_what_is_read_is_part_of_the_selection(string changed)
    {
        var path = Path.Combine(_dir, changed + ".json");
        var (made, asked) = changed switch
        {
            "interval" => (CheckpointSelection.ForEventLogFiles(new[] { "Login" }, LogInterval.Auto), CheckpointSelection.ForEventLogFiles(new[] { "Login" }, LogInterval.Hourly)),
            "source" => (CheckpointSelection.ForLoginHistory(null, false), CheckpointSelection.ForEventLogFiles(Array.Empty<string>(), LogInterval.Auto)),
            "successOnly" => (CheckpointSelection.ForLoginHistory(null, true), CheckpointSelection.ForLoginHistory(null, false)),
            _ => (CheckpointSelection.ForLoginHistory(new[] { "005000000000001AAA" }, false), CheckpointSelection.ForLoginHistory(null, false)),
        };
        new CheckpointFile(path, made).Save(new UsageCheckpoint { LoginHistoryTime = Created });

        Assert.Throws<CheckpointSelectionMismatchException>(() => new CheckpointFile(path, asked).Load());
        Assert.Equal(Created, new CheckpointFile(path, made).Load().LoginHistoryTime);
    }

    [Fact]
    public void A_user_id_given_in_15_characters_is_the_same_user_as_in_18()
    {
        var path = Path.Combine(_dir, "lh.json");
        new CheckpointFile(path, CheckpointSelection.ForLoginHistory(new[] { "005000000000001AAA", "005000000000002AAA" }, true)).Save(new UsageCheckpoint { LoginHistoryTime = Created });

        var loaded = new CheckpointFile(path, CheckpointSelection.ForLoginHistory(new[] { "005000000000002", "005000000000001" }, true)).Load();

        Assert.Equal(Created, loaded.LoginHistoryTime);
    }

    [Fact]
    public void A_file_without_a_selection_is_adopted_and_records_it_on_the_next_save()
    {
        // What version 1 wrote: the cursor, nothing about the selection.
        var path = Path.Combine(_dir, "legacy.json");
        File.WriteAllText(path, """
            {
              "formatVersion": 1,
              "loginHistoryIdsAtTime": [],
              "logFileCreatedDate": "2025-03-04T05:06:07.0000000Z",
              "logFileId": "0AT000000000002AAA",
              "emittedLogFiles": { "0AT000000000002AAA": "2025-03-04T05:06:07.0000000Z" },
              "periodIntervals": { "Login|2025-03-03": "Hourly" }
            }
            """);
        var selection = CheckpointSelection.ForEventLogFiles(new[] { "Login" }, LogInterval.Auto);
        var file = new CheckpointFile(path, selection);

        var legacy = file.Load();
        Assert.Null(legacy.Selection);
        Assert.Equal("0AT000000000002AAA", legacy.LogFileId);

        file.Save(legacy);
        var saved = file.Load();
        Assert.Equal(selection, saved.Selection);
        Assert.Equal(Created, saved.LogFileCreatedDate);
        Assert.Single(saved.EmittedLogFiles);
        // From now on the file is Login's: another selection is refused.
        Assert.Throws<CheckpointSelectionMismatchException>(() =>
            new CheckpointFile(path, CheckpointSelection.ForEventLogFiles(new[] { "API" }, LogInterval.Auto)).Load());
    }

    [Fact]
    public void A_selection_that_cannot_be_read_makes_the_file_unusable_rather_than_unchecked()
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, """{ "formatVersion": 2, "selection": { "source": "EventLogFile", "eventTypes": ["Login"], "interval": "Weekly" } }""");

        var ex = Assert.Throws<InvalidDataException>(() => new CheckpointFile(path, CheckpointSelection.ForEventLogFiles(new[] { "Login" }, LogInterval.Auto)).Load());

        Assert.Contains(path, ex.Message);
        Assert.Contains("Move it aside", ex.Message);
    }
}
