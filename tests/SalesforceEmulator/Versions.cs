namespace SalesforceEmulator;

/// <summary>The REST API versions the emulated org offers (20.0 to 66.0), oldest first, with their release labels.</summary>
public static class Versions
{
    public const int Newest = 66;

    public static readonly (string Version, string Label)[] All = Enumerable.Range(20, Newest - 20 + 1)
        .Select(v => ($"{v}.0", Label(v)))
        .ToArray();

    public static bool IsOffered(string version) => All.Any(v => v.Version == version);

    /// <summary>Three releases a year from Winter '11 (v20.0): Winter, Spring, Summer; the year turns at Winter.</summary>
    private static string Label(int version)
    {
        var step = version - 20;
        var season = new[] { "Winter", "Spring", "Summer" }[step % 3];
        return $"{season} '{11 + step / 3:00}";
    }
}
