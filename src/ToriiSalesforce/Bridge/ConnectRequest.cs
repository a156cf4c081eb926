using System;
using System.Security;
using System.Security.Cryptography.X509Certificates;

namespace ToriiSalesforce.Bridge;

/// <summary>How the admin asked to connect, as Connect-ToriiSalesforce bound it; no engine type.</summary>
/// <remarks>Secrets stay SecureStrings until the moment the engine's Secret is built from them.</remarks>
internal sealed class ConnectRequest
{
    public SignInFlow Flow { get; set; }
    public string? InstanceUrl { get; set; }
    public SecureString? AccessToken { get; set; }
    public string? ClientId { get; set; }
    public SecureString? ClientSecret { get; set; }
    public SecureString? RefreshToken { get; set; }
    public string? LoginUrl { get; set; }
    public bool Sandbox { get; set; }
    public string? Domain { get; set; }
    public ConnectionMode Mode { get; set; }
    public string? ApiVersion { get; set; }

    /// <summary>Interactive: the loopback callback URL registered on the app; null for the engine's default.</summary>
    public string? RedirectUri { get; set; }

    /// <summary>Interactive and device flows: how long to wait for the person; null for the engine's default.</summary>
    public TimeSpan? SignInTimeout { get; set; }

    /// <summary>JWT bearer: the user to act as and the certificate, as an object or as a file (full path) with its password.</summary>
    public string? Username { get; set; }
    public X509Certificate2? Certificate { get; set; }
    public string? CertificatePath { get; set; }
    public SecureString? CertificatePassword { get; set; }

    /// <summary>Save what is needed to reconnect unattended under this name (-SaveAs).</summary>
    public string? SaveAs { get; set; }

    /// <summary>Reconnect from this saved connection (-Name).</summary>
    public string? SavedName { get; set; }
}
