namespace ToriiSalesforce.Bridge;

/// <summary>The sign-in flows Connect-ToriiSalesforce offers, one per parameter set (two for JWT).</summary>
internal enum SignInFlow
{
    AccessToken,
    RefreshToken,

    /// <summary>Web server flow with PKCE and a loopback redirect: a person signs in in a browser.</summary>
    Interactive,

    /// <summary>Device flow: a person enters a code on any device.</summary>
    DeviceCode,

    /// <summary>JWT bearer with a certificate (from a file or an X509Certificate2).</summary>
    JwtBearer,

    /// <summary>Client credentials against the My Domain host, as the app's run-as user.</summary>
    ClientCredentials,

    /// <summary>Reconnect from a saved connection (-Name).</summary>
    Saved,
}
