using System.Net.Http;
using Polly;
using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Engine.Auth;

/// <summary>Builds the token provider of the chosen flow, signing in first where the flow needs a person.</summary>
internal static class TokenProviders
{
    public static async Task<(ITokenProvider Provider, Uri? LoginUrl)> CreateAsync(ConnectOptions o, ResiliencePipeline<HttpResponseMessage> pipeline, CancellationToken cancellationToken)
    {
        var flow = o.ResolveFlow();
        var oauth = new OAuthTokenClient(o.LoginUrl, pipeline);
        switch (flow)
        {
            case AuthFlow.AccessToken:
                if (o.AccessToken is null || o.InstanceUrl is null)
                    throw new ArgumentException("An access token needs -InstanceUrl, the org's https://<MyDomain>.my.salesforce.com address.");
                return (new StaticTokenProvider(o.AccessToken, o.InstanceUrl), null);

            case AuthFlow.RefreshToken:
                RequireClientId(o, "A refresh token");
                if (o.RefreshToken is null) throw new ArgumentException("The refresh-token flow needs -RefreshToken.");
                return (Refreshing(oauth, o, o.RefreshToken, initial: null), o.LoginUrl);

            case AuthFlow.WebServer:
            {
                RequireClientId(o, "Interactive sign-in");
                var present = o.PresentSignInUrl ?? throw new ArgumentException("Interactive sign-in needs a way to show the sign-in URL.");
                var response = await WebServerFlow.SignInAsync(oauth, o.ClientId!, o.ClientSecret, o.RedirectUri, present, o.SignInTimeout, cancellationToken).ConfigureAwait(false);
                return (FromSignIn(oauth, o, response, AuthFlow.WebServer), o.LoginUrl);
            }

            case AuthFlow.Device:
            {
                RequireClientId(o, "Device sign-in");
                var show = o.ShowDeviceCode ?? throw new ArgumentException("Device sign-in needs a way to show the code.");
                var response = await DeviceFlow.SignInAsync(oauth, o.ClientId!, show, o.SignInTimeout, cancellationToken).ConfigureAwait(false);
                return (FromSignIn(oauth, o, response, AuthFlow.Device), o.LoginUrl);
            }

            case AuthFlow.JwtBearer:
            {
                RequireClientId(o, "The JWT bearer flow");
                if (string.IsNullOrWhiteSpace(o.Username)) throw new ArgumentException("The JWT bearer flow needs -Username, the Salesforce username to act as.");
                var certificate = o.Certificate ?? throw new ArgumentException("The JWT bearer flow needs -Certificate or -CertificatePath.");
                var provider = new MintingTokenProvider("JwtBearer", ct =>
                {
                    var assertion = JwtAssertion.Create(o.ClientId!, o.Username!, o.LoginUrl, certificate, DateTimeOffset.UtcNow);
                    return oauth.RequestTokenAsync(new Dictionary<string, string>
                    {
                        ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
                        ["assertion"] = assertion,
                    }, ct);
                });
                return (provider, o.LoginUrl);
            }

            case AuthFlow.ClientCredentials:
            {
                RequireClientId(o, "The client credentials flow");
                var secret = o.ClientSecret ?? throw new ArgumentException("The client credentials flow needs -ClientSecret.");
                if (o.LoginUrl == LoginHosts.Production || o.LoginUrl == LoginHosts.Sandbox)
                    throw new ArgumentException("The client credentials flow works only against the org's My Domain host: give -Domain <MyDomainName> or -LoginUrl https://<MyDomainName>.my.salesforce.com.");
                var provider = new MintingTokenProvider("ClientCredentials", ct => oauth.RequestTokenAsync(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = o.ClientId!,
                    ["client_secret"] = secret.Reveal(),
                }, ct));
                return (provider, o.LoginUrl);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(o), flow, "Unknown flow.");
        }
    }

    /// <summary>After a person signed in: keep refreshing with the refresh token Salesforce returned, when it returned one.</summary>
    private static ITokenProvider FromSignIn(OAuthTokenClient oauth, ConnectOptions o, TokenResponse response, AuthFlow flow)
    {
        var initial = new AccessToken(response.AccessToken, response.InstanceUrl);
        if (response.RefreshToken is null)
        {
            Diagnostics.EngineLog.Warning("Salesforce issued no refresh token (the app's OAuth scopes lack refresh_token / offline_access), so this session cannot be renewed when it expires.");
            return new StaticTokenProvider(response.AccessToken, response.InstanceUrl, flow.ToString());
        }
        o.RefreshTokenIssued?.Invoke(response.RefreshToken);
        return Refreshing(oauth, o, response.RefreshToken, initial, flow.ToString());
    }

    private static RefreshTokenProvider Refreshing(OAuthTokenClient oauth, ConnectOptions o, Secret refreshToken, AccessToken? initial, string flowName = "RefreshToken")
    {
        var provider = new RefreshTokenProvider(oauth, o.ClientId!, o.ClientSecret, refreshToken, initial, flowName);
        if (o.RefreshTokenIssued is { } callback) provider.RefreshTokenRotated += callback;
        return provider;
    }

    private static void RequireClientId(ConnectOptions o, string what)
    {
        if (string.IsNullOrWhiteSpace(o.ClientId)) throw new ArgumentException($"{what} needs -ClientId, the connected app's Consumer Key.");
    }
}
