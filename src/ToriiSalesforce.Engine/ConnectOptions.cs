using System.Security.Cryptography.X509Certificates;
using ToriiSalesforce.Engine.Auth;

namespace ToriiSalesforce.Engine;

/// <summary>How to connect. <see cref="SalesforceConnector"/> checks that the chosen flow has what it needs.</summary>
public sealed class ConnectOptions
{
    /// <summary>The flow; null infers it from the fields that are set (access token, refresh token, certificate, or client secret alone).</summary>
    public AuthFlow? Flow { get; set; }

    /// <summary>Access-token flow: the instance to call and a session id obtained elsewhere.</summary>
    public Uri? InstanceUrl { get; set; }
    public Secret? AccessToken { get; set; }

    /// <summary>The connected app's consumer key (every flow but the access token).</summary>
    public string? ClientId { get; set; }

    /// <summary>The app's consumer secret: for client credentials, and for other flows when the app requires it.</summary>
    public Secret? ClientSecret { get; set; }

    /// <summary>Refresh-token flow.</summary>
    public Secret? RefreshToken { get; set; }

    /// <summary>JWT bearer: the user to act as, and the certificate with the private key.</summary>
    public string? Username { get; set; }
    public X509Certificate2? Certificate { get; set; }

    /// <summary>Web server flow: the callback URL registered on the app (loopback), and how to show the sign-in URL.</summary>
    public Uri RedirectUri { get; set; } = new("http://localhost:1717/OauthRedirect");
    public Action<Uri>? PresentSignInUrl { get; set; }

    /// <summary>Device flow: how to show the verification URL and user code.</summary>
    public Action<DeviceCodePrompt>? ShowDeviceCode { get; set; }

    /// <summary>How long interactive and device sign-ins wait for the person.</summary>
    public TimeSpan SignInTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Called with every refresh token the connection receives: the one an interactive or device sign-in
    /// returns, and each rotated replacement. A saved connection writes it back.
    /// </summary>
    public Action<Secret>? RefreshTokenIssued { get; set; }

    /// <summary>The OAuth host (see <see cref="LoginHosts"/>).</summary>
    public Uri LoginUrl { get; set; } = LoginHosts.Production;

    public ConnectionMode Mode { get; set; } = ConnectionMode.ReadOnly;

    /// <summary>REST API version such as "66.0"; null picks the newest version both the org and this module know.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Retry and timeout settings of the HTTP pipeline.</summary>
    public ResilienceSettings Resilience { get; set; } = ResilienceSettings.Default;

    internal AuthFlow ResolveFlow()
    {
        if (Flow is { } flow) return flow;
        if (AccessToken is not null) return AuthFlow.AccessToken;
        if (RefreshToken is not null) return AuthFlow.RefreshToken;
        if (Certificate is not null) return AuthFlow.JwtBearer;
        if (ClientSecret is not null) return AuthFlow.ClientCredentials;
        throw new ArgumentException("Give -AccessToken with -InstanceUrl, -ClientId with -RefreshToken, -Certificate or -CertificatePath with -Username, -ClientSecret alone for client credentials, or -Interactive / -DeviceCode.");
    }
}
