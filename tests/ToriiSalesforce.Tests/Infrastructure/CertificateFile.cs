using System.Security.Cryptography.X509Certificates;

namespace ToriiSalesforce.Tests.Infrastructure;

/// <summary>A certificate with its private key written to a password-protected .pfx in a temporary folder, as an admin keeps one for the JWT flow.</summary>
public sealed class CertificateFile : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "torii-cert-" + Guid.NewGuid().ToString("N"));

    public CertificateFile(X509Certificate2 certificate, string password)
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "connected-app.pfx");
        File.WriteAllBytes(Path, certificate.Export(X509ContentType.Pfx, password));
    }

    public string Path { get; }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
