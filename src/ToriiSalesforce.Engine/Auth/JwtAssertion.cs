using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace ToriiSalesforce.Engine.Auth;

/// <summary>
/// The signed JWT of the JWT bearer flow (salesforce-api.md 1.5): RS256, iss = consumer key,
/// sub = username, aud = login host, exp = now + 3 minutes. Times come from UTC, never local time
/// (a local-time exp is a bug other clients shipped).
/// </summary>
internal static class JwtAssertion
{
    public static string Create(string clientId, string username, Uri audience, X509Certificate2 certificate, DateTimeOffset nowUtc)
    {
        using var rsa = certificate.GetRSAPrivateKey()
            ?? throw new ArgumentException($"The certificate '{certificate.Subject}' has no RSA private key. The JWT flow signs with the private key whose certificate is uploaded to the connected app.");

        var header = Base64Url.Encode(Encoding.UTF8.GetBytes("{\"alg\":\"RS256\"}"));
        var claims = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = clientId,
            ["sub"] = username,
            ["aud"] = audience.GetLeftPart(UriPartial.Authority),
            ["exp"] = nowUtc.ToUniversalTime().AddMinutes(3).ToUnixTimeSeconds(),
        });
        var payload = Base64Url.Encode(Encoding.UTF8.GetBytes(claims));
        var signingInput = header + "." + payload;
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.Encode(signature);
    }

    /// <summary>Loads a PFX/PKCS#12 file with its private key.</summary>
    public static X509Certificate2 Load(string path, string? password)
    {
        if (!System.IO.File.Exists(path))
            throw new ArgumentException($"No certificate file at '{path}'. Give the .pfx/.p12 file holding the private key of the certificate uploaded to the connected app.");
        try
        {
            return new X509Certificate2(path, password, X509KeyStorageFlags.Exportable);
        }
        catch (CryptographicException ex)
        {
            throw new ArgumentException($"The certificate '{path}' could not be opened: {ex.Message} Check -CertificatePassword.", ex);
        }
    }
}
