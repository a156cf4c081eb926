namespace SalesforceEmulator;

/// <summary>Real-looking 18-character ids: key prefix, a pod-like "5j0000", a counter, and the checksum suffix (salesforce-api.md 0.1).</summary>
public static class Ids
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string SuffixAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    /// <summary>An id such as 0055j00000AbC12AAE for prefix 005 and the n-th record.</summary>
    public static string Make(string prefix, long n)
    {
        var counter = new char[6];
        var v = n;
        for (var i = 5; i >= 0; i--)
        {
            counter[i] = Alphabet[(int)(v % 62)];
            v /= 62;
        }
        return To18(prefix + "5j0000" + new string(counter));
    }

    public static string To18(string id15)
    {
        if (id15.Length != 15) throw new ArgumentException("An id needs 15 characters: " + id15);
        var suffix = new char[3];
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var bits = 0;
            for (var i = 0; i < 5; i++)
            {
                var c = id15[chunk * 5 + i];
                if (c is >= 'A' and <= 'Z') bits |= 1 << i;
            }
            suffix[chunk] = SuffixAlphabet[bits];
        }
        return id15 + new string(suffix);
    }

    public static bool HasValidChecksum(string id18) => id18.Length == 18 && To18(id18[..15]) == id18;

    /// <summary>Normalises a 15- or 18-character id to 18; other text is returned as is.</summary>
    public static string Normalize(string id) => id.Length == 15 && id.All(char.IsLetterOrDigit) ? To18(id) : id;
}
