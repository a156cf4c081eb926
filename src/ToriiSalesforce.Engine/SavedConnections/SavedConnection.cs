using ToriiSalesforce.Engine.Auth;

namespace ToriiSalesforce.Engine.SavedConnections;

/// <summary>
/// What a scheduled run needs to reconnect with nobody present: never just an access token (it dies
/// within hours), but a refresh token, JWT settings or client credentials.
/// </summary>
public sealed class SavedConnection
{
    public string Name { get; init; } = "";
    public AuthFlow Flow { get; init; }
    public Uri LoginUrl { get; init; } = LoginHosts.Production;
    public string? ClientId { get; init; }
    public string? Username { get; init; }
    public string? CertificatePath { get; init; }
    public ConnectionMode Mode { get; init; }
    public string? ApiVersion { get; init; }
    public DateTimeOffset SavedAt { get; init; }

    /// <summary>Org and user seen when it was saved, to show in listings.</summary>
    public string? OrgId { get; init; }
    public string? ConnectedAs { get; init; }

    /// <summary>How the secrets are protected at rest: "DPAPI (current user)" or "file readable only by its owner (0600)".</summary>
    public string Protection { get; init; } = "";

    internal Secret? RefreshToken { get; init; }
    internal Secret? ClientSecret { get; init; }
    internal Secret? CertificatePassword { get; init; }
}
