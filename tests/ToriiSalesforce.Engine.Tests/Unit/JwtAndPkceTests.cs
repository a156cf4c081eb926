using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using ToriiSalesforce.Engine.Auth;

namespace ToriiSalesforce.Engine.Tests.Unit;

public class JwtAndPkceTests
{
    private static X509Certificate2 NewCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=torii-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    [Fact]
    public void Jwt_has_the_claims_salesforce_checks_and_a_valid_rs256_signature()
    {
        using var cert = NewCertificate();
        var now = new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(-8)); // a local time: exp must still be UTC-based
        var jwt = JwtAssertion.Create("3MVG9key", "admin@acme.com", new Uri("https://acme.my.salesforce.com/some/path"), cert, now);

        var parts = jwt.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Equal("""{"alg":"RS256"}""", Encoding.UTF8.GetString(Base64Url.Decode(parts[0])));
        using var claims = JsonDocument.Parse(Base64Url.Decode(parts[1]));
        Assert.Equal("3MVG9key", claims.RootElement.GetProperty("iss").GetString());
        Assert.Equal("admin@acme.com", claims.RootElement.GetProperty("sub").GetString());
        Assert.Equal("https://acme.my.salesforce.com", claims.RootElement.GetProperty("aud").GetString());
        Assert.Equal(now.ToUniversalTime().AddMinutes(3).ToUnixTimeSeconds(), claims.RootElement.GetProperty("exp").GetInt64());

        using var publicKey = cert.GetRSAPublicKey()!;
        Assert.True(publicKey.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.Decode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Certificate_without_private_key_is_refused_with_advice()
    {
        using var cert = NewCertificate();
        using var publicOnly = X509CertificateLoader.LoadCertificate(cert.Export(X509ContentType.Cert));
        var ex = Assert.Throws<ArgumentException>(() => JwtAssertion.Create("k", "u", new Uri("https://login.salesforce.com"), publicOnly, DateTimeOffset.UtcNow));
        Assert.Contains("private key", ex.Message);
    }

    [Fact]
    public void Pkce_challenge_is_the_s256_of_the_verifier()
    {
        var pkce = Pkce.Create();
        Assert.InRange(pkce.Verifier.Length, 43, 128);
        var expected = Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(pkce.Verifier)));
        Assert.Equal(expected, pkce.Challenge);
        Assert.NotEqual(Pkce.Create().Verifier, pkce.Verifier);
    }
}
