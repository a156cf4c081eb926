using System.Security.Cryptography;
using System.Text;

namespace ToriiSalesforce.Engine.Auth;

/// <summary>PKCE (RFC 7636) with S256: a random verifier kept here and its SHA-256 challenge sent to the browser.</summary>
internal sealed class Pkce
{
    private Pkce(string verifier, string challenge)
    {
        Verifier = verifier;
        Challenge = challenge;
    }

    /// <summary>43 base64url characters of 32 random bytes (RFC 7636 asks for 43 to 128).</summary>
    public string Verifier { get; }

    public string Challenge { get; }

    public const string Method = "S256";

    public static Pkce Create()
    {
        var verifier = Base64Url.Encode(RandomBytes(32));
        using var sha = SHA256.Create();
        var challenge = Base64Url.Encode(sha.ComputeHash(Encoding.ASCII.GetBytes(verifier)));
        return new Pkce(verifier, challenge);
    }

    /// <summary>An unguessable value for the OAuth state parameter.</summary>
    public static string NewState() => Base64Url.Encode(RandomBytes(24));

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        using var rng = RandomNumberGenerator.Create();
        rng.GetBytes(bytes);
        return bytes;
    }
}
