using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Engine.Auth;

/// <summary>
/// Interactive sign-in: the web server flow with PKCE (S256) and a loopback redirect
/// (salesforce-api.md 1.3). The browser is opened by the caller (the cmdlet knows how to present a
/// URL); the state parameter is checked so a stray redirect cannot inject a code.
/// </summary>
internal static class WebServerFlow
{
    public static async Task<TokenResponse> SignInAsync(OAuthTokenClient oauth, string clientId, Secret? clientSecret, Uri redirectUri,
        Action<Uri> presentUrl, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pkce = Pkce.Create();
        var state = Pkce.NewState();
        using var listener = new LoopbackRedirectListener(redirectUri);

        var authorize = new Uri(oauth.LoginUrl, "/services/oauth2/authorize?" + FormQuery(new Dictionary<string, string>
        {
            ["response_type"] = "code",
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri.ToString(),
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = Pkce.Method,
            ["scope"] = "api refresh_token id",
            ["state"] = state,
        }));
        presentUrl(authorize);

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        System.Collections.Specialized.NameValueCollection answer;
        try
        {
            answer = await listener.WaitAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SalesforceApiException(0, "SIGN_IN_TIMEOUT",
                $"No sign-in arrived from the browser within {timeout.TotalSeconds:0} seconds.",
                "Run Connect-ToriiSalesforce again and finish signing in within -TimeoutSec, or use -DeviceCode on a machine without a browser.");
        }

        if (!string.IsNullOrEmpty(answer["error"]))
        {
            var code = answer["error"]!;
            throw new SalesforceApiException(400, code, $"Sign-in was refused: {answer["error_description"] ?? code}.",
                code == "access_denied"
                    ? "The sign-in was denied in the browser. Run Connect-ToriiSalesforce again and choose Allow."
                    : ErrorRemediation.For(code, 400));
        }
        if (!string.Equals(answer["state"], state, StringComparison.Ordinal))
        {
            throw new SalesforceApiException(400, "STATE_MISMATCH", "The sign-in redirect carried a state this session did not send, so it was ignored.",
                "Run Connect-ToriiSalesforce again; if it happens again, something else on this machine is answering the redirect.");
        }

        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = answer["code"] ?? "",
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri.ToString(),
            ["code_verifier"] = pkce.Verifier,
        };
        if (clientSecret is not null) form["client_secret"] = clientSecret.Reveal();
        return await oauth.RequestTokenAsync(form, cancellationToken).ConfigureAwait(false);
    }

    private static string FormQuery(IDictionary<string, string> values) =>
        string.Join("&", values.Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value)));
}
