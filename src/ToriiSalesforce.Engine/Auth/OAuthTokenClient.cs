using System.Net.Http;
using System.Text.Json;
using Polly;
using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Engine.Auth;

/// <summary>Posts grants to {login host}/services/oauth2/token through the shared retry policy.</summary>
internal sealed class OAuthTokenClient
{
    private readonly Uri _loginUrl;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public OAuthTokenClient(Uri loginUrl, ResiliencePipeline<HttpResponseMessage> pipeline)
    {
        _loginUrl = loginUrl;
        _pipeline = pipeline;
    }

    public Uri LoginUrl => _loginUrl;

    public async Task<TokenResponse> RequestTokenAsync(IDictionary<string, string> form, CancellationToken cancellationToken)
    {
        using var doc = await PostAsync(form, cancellationToken).ConfigureAwait(false);
        return TokenResponse.Parse(doc.RootElement);
    }

    /// <summary>Posts a form to the token endpoint; OAuth errors become <see cref="SalesforceApiException"/> with the OAuth error code.</summary>
    public async Task<JsonDocument> PostAsync(IDictionary<string, string> form, CancellationToken cancellationToken)
    {
        var endpoint = new Uri(_loginUrl, "/services/oauth2/token");
        using var response = await _pipeline.ExecuteAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(form) };
            return await SharedHttpClient.Instance.SendAsync(request, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        if (!response.IsSuccessStatusCode)
            throw await SalesforceErrorReader.ReadAsync(response, $"Signing in at {_loginUrl.Host}").ConfigureAwait(false);

        var json = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return JsonDocument.Parse(json);
    }
}
