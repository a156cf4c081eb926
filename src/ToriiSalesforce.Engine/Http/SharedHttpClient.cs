using System.Net;
using System.Net.Http;

namespace ToriiSalesforce.Engine.Http;

/// <summary>
/// The one HttpClient of the process. Creating clients per call exhausts sockets; one shared client
/// with gzip on is what every connection uses. Timeouts are enforced per attempt by the resilience
/// pipeline, so the client's own timeout is off.
/// </summary>
internal static class SharedHttpClient
{
    public static HttpClient Instance { get; } = Create();

    private static HttpClient Create()
    {
        var handler = new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            AllowAutoRedirect = false,
            UseCookies = false,
        };
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("ToriiSalesforce/" + typeof(SharedHttpClient).Assembly.GetName().Version);
        return client;
    }
}
