using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using Polly;
using ToriiSalesforce.Engine.Auth;

namespace ToriiSalesforce.Engine.Http;

/// <summary>
/// The one HTTP pipeline for data calls: bearer token, gzip, the retry policy, a single token renewal
/// and replay on 401 INVALID_SESSION_ID, Salesforce errors mapped to <see cref="SalesforceApiException"/>,
/// and every Sforce-Limit-Info header recorded.
/// </summary>
internal sealed class SalesforceHttpClient
{
    private readonly ITokenProvider _tokens;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private long _requestsSent;
    private ApiUsage? _usage;

    public SalesforceHttpClient(ITokenProvider tokens, ResiliencePipeline<HttpResponseMessage> pipeline)
    {
        _tokens = tokens;
        _pipeline = pipeline;
    }

    public ITokenProvider Tokens => _tokens;

    /// <summary>The last API usage Salesforce reported.</summary>
    public ApiUsage? Usage => Volatile.Read(ref _usage);

    /// <summary>HTTP requests sent for data (each retry and replay counts).</summary>
    public long RequestsSent => Interlocked.Read(ref _requestsSent);

    /// <summary>GETs a JSON resource (absolute path such as /services/data/v66.0/limits, or a full URL).</summary>
    public async Task<JsonDocument> GetJsonAsync(string pathOrUrl, string what, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, pathOrUrl, null, what, headers, cancellationToken).ConfigureAwait(false);
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends one request and returns the successful response (the caller disposes it), or throws
    /// <see cref="SalesforceApiException"/>. <paramref name="what"/> names the operation in error messages.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathOrUrl, Func<HttpContent>? content, string what,
        IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        var token = await _tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        var response = await SendOnceAsync(method, pathOrUrl, content, headers, token, cancellationToken).ConfigureAwait(false);

        if (response.StatusCode == HttpStatusCode.Unauthorized && _tokens.CanRefresh)
        {
            response.Dispose();
            Diagnostics.EngineLog.Verbose($"{what}: session expired or invalid (401); renewing the token once and replaying the request.");
            token = await _tokens.RefreshAsync(token, cancellationToken).ConfigureAwait(false);
            response = await SendOnceAsync(method, pathOrUrl, content, headers, token, cancellationToken).ConfigureAwait(false);
        }

        if (response.IsSuccessStatusCode) return response;

        using (response)
        {
            throw await SalesforceErrorReader.ReadAsync(response, what).ConfigureAwait(false);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, string pathOrUrl, Func<HttpContent>? content,
        IReadOnlyDictionary<string, string>? headers, AccessToken token, CancellationToken cancellationToken)
    {
        var uri = Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute
            : new Uri(token.InstanceUrl, pathOrUrl);

        Diagnostics.EngineLog.Debug($"{method} {Describe(uri)}");
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(async ct =>
            {
                using var request = new HttpRequestMessage(method, uri);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value.Reveal());
                request.Headers.AcceptEncoding.ParseAdd("gzip");
                if (headers is not null)
                {
                    foreach (var header in headers) request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
                if (content is not null) request.Content = content();
                Interlocked.Increment(ref _requestsSent);
                return await SharedHttpClient.Instance.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or System.IO.IOException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new SalesforceApiException(0, "TRANSPORT_FAILURE", $"{method} {uri.GetLeftPart(UriPartial.Path)} failed: {ex.Message}",
                ErrorRemediation.For("TRANSPORT_FAILURE", 0), ex);
        }

        if (response.Headers.TryGetValues("Sforce-Limit-Info", out var values))
        {
            var usage = ApiUsage.Parse(string.Join(";", values), DateTimeOffset.UtcNow);
            if (usage is not null) Volatile.Write(ref _usage, usage);
        }
        // One Verbose line per HTTP call: method, path without the query string (Debug has the SOQL), status, time.
        Diagnostics.EngineLog.Verbose($"{method} {uri.AbsolutePath}: {(int)response.StatusCode} {response.ReasonPhrase} ({elapsed.ElapsedMilliseconds} ms)");
        return response;
    }

    /// <summary>A URL for logs: path and the SOQL, never a header (the token lives only in a header).</summary>
    private static string Describe(Uri uri) => Uri.UnescapeDataString(uri.PathAndQuery);
}
