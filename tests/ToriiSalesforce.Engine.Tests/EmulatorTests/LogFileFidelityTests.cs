using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using SalesforceEmulator;
using ToriiSalesforce.Engine.Tests.Unit;

namespace ToriiSalesforce.Engine.Tests.EmulatorTests;

/// <summary>
/// The emulator's log files against real ones: every column a real row of an event type fills, the
/// emulator fills too. A column the emulator leaves empty would let a test pass on a module that
/// mishandles real values (or fail on one that handles them).
/// </summary>
public sealed class LogFileFidelityTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;

    public async Task InitializeAsync() => _server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 20, Seed = 5 });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>The Microsoft Sentinel sample: one real row per event type, header names lower-cased.</summary>
    private static Dictionary<string, string> RealRow(string eventType)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RealData.Elf("sentinel-SalesforceServiceCloud_CL-multi-eventtype.json")));
        var row = doc.RootElement.EnumerateArray().First(r => r.GetProperty("event_type").GetString() == eventType);
        return row.EnumerateObject().ToDictionary(p => p.Name.ToUpperInvariant(), p => p.Value.GetString() ?? "");
    }

    [Theory]
    [InlineData("Login")]
    [InlineData("Logout")]
    [InlineData("API")]
    [InlineData("RestApi")]
    [InlineData("URI")]
    [InlineData("Report")]
    public void Every_column_a_real_row_fills_is_filled_by_the_emulator(string eventType)
    {
        var real = RealRow(eventType);
        var spec = _server.Logs.Add(eventType, new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), rows: 40);
        var csv = new StringWriter();
        _server.Logs.WriteCsv(csv, spec);

        using var parser = new TextFieldParser(new StringReader(csv.ToString())) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var filled = new HashSet<string>(StringComparer.Ordinal);
        while (parser.ReadFields() is { } fields)
        {
            for (var i = 0; i < header.Length; i++)
                if (fields[i].Length > 0) filled.Add(header[i]);
        }

        var missing = header.Where(c => real.TryGetValue(c, out var v) && v.Length > 0 && !filled.Contains(c)).ToList();
        Assert.True(missing.Count == 0, $"{eventType}: the real row fills {string.Join(", ", missing)}, the emulator never does.");
    }
}
