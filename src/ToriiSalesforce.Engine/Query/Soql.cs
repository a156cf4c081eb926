using System.Globalization;
using System.Text;

namespace ToriiSalesforce.Engine.Query;

/// <summary>
/// Safe SOQL literals. Every value that reaches a query from a parameter goes through here, so a
/// username with a quote in it cannot change the query (salesforce-api.md 2.10).
/// </summary>
public static class Soql
{
    /// <summary>A quoted string literal with ' and \ and control characters escaped.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\b': sb.Append(@"\b"); break;
                case '\f': sb.Append(@"\f"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('\'').ToString();
    }

    /// <summary>An unquoted dateTime literal in UTC (2024-01-02T03:04:05Z).</summary>
    public static string DateTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>true/false.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A parenthesised IN list of quoted strings.</summary>
    public static string InList(IEnumerable<string> values) => "(" + string.Join(", ", values.Select(Quote)) + ")";
}
