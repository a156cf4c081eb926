using System.Security;

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
}
