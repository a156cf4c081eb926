using System.Text.RegularExpressions;

namespace ToriiSalesforce.Engine.Http;

/// <summary>The org's daily API usage as the last Sforce-Limit-Info header reported it.</summary>
public sealed record ApiUsage(long Used, long Max, DateTimeOffset ObservedAt)
{
    private static readonly Regex UsagePattern = new(@"api-usage=(\d+)/(\d+)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public long Remaining => Math.Max(0, Max - Used);

    /// <summary>Parses "api-usage=18/5000" (other items in the header are ignored), or null.</summary>
    public static ApiUsage? Parse(string? header, DateTimeOffset observedAt)
    {
        if (string.IsNullOrEmpty(header)) return null;
        var match = UsagePattern.Match(header);
        if (!match.Success) return null;
        return new ApiUsage(long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                            long.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                            observedAt);
    }

    public override string ToString() => $"{Used}/{Max}";
}
