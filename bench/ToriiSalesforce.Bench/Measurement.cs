using System.Diagnostics;
using System.Text.Json;

namespace ToriiSalesforce.Bench;

/// <summary>One timed run in its own process, so its peak working set is its own.</summary>
internal sealed record Measurement(string Method, long Bytes, long Events, double Seconds, long PeakWorkingSetBytes, string Note = "")
{
    public double MegabytesPerSecond => Bytes / 1_048_576d / Seconds;
    public double EventsPerSecond => Events / Seconds;

    public string ToJson() => JsonSerializer.Serialize(this);

    public static Measurement FromJson(string json) => JsonSerializer.Deserialize<Measurement>(json)!;

    /// <summary>Times <paramref name="body"/> in this process and reports this process's peak working set.</summary>
    public static Measurement Run(string method, long bytes, Func<long> body)
    {
        var watch = Stopwatch.StartNew();
        var events = body();
        watch.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return new Measurement(method, bytes, events, watch.Elapsed.TotalSeconds, self.PeakWorkingSet64);
    }
}
