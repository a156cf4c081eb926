namespace ToriiSalesforce.Engine.Auth;

/// <summary>The OAuth flows the module signs in with. There is no username-password flow: Salesforce is retiring it.</summary>
public enum AuthFlow
{
    /// <summary>A session id obtained elsewhere; cannot be renewed.</summary>
    AccessToken,

    /// <summary>A stored refresh token (unattended).</summary>
    RefreshToken,

    /// <summary>Interactive: web server flow with PKCE and a loopback redirect.</summary>
    WebServer,

    /// <summary>Headless: device flow (URL and code shown, polled until entered).</summary>
    Device,

    /// <summary>Unattended, certificate-based: JWT bearer.</summary>
    JwtBearer,

    /// <summary>Unattended: client credentials against the My Domain host, as the app's run-as user.</summary>
    ClientCredentials,
}
