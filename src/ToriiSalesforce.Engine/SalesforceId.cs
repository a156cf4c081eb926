namespace ToriiSalesforce.Engine;

/// <summary>
/// Salesforce record ids. REST returns 18-character ids; Event Log Files give 15-character ones
/// (case-sensitive) in USER_ID and the like. The 3-character suffix encodes which of the 15 characters
/// are upper case, five at a time (salesforce-api.md 0.1), so the conversion needs no lookup.
/// </summary>
public static class SalesforceId
{
    private const string SuffixAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    /// <summary>The 18-character form of a 15- or 18-character id; other values are returned unchanged.</summary>
    public static string? To18(string? id)
    {
        if (id is null || id.Length != 15) return id;
        var suffix = new char[3];
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var bits = 0;
            for (var i = 0; i < 5; i++)
            {
                var c = id[chunk * 5 + i];
                if (c >= 'A' && c <= 'Z') bits |= 1 << i;
            }
            suffix[chunk] = SuffixAlphabet[bits];
        }
        return id + new string(suffix);
    }

    /// <summary>True when the value has the shape of a 15- or 18-character id (and, for 18, a matching suffix).</summary>
    public static bool IsValid(string? id)
    {
        if (id is null || (id.Length != 15 && id.Length != 18)) return false;
        foreach (var c in id)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
        }
        return id.Length == 15 || string.Equals(To18(id.Substring(0, 15)), id, StringComparison.Ordinal);
    }
}
