using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SalesforceEmulator;

namespace ToriiSalesforce.Engine.Tests.EmulatorTests;

/// <summary>Raw HTTP against the emulator, the way any REST client (or curl) would see it.</summary>
internal sealed class EmulatorClient : IDisposable
{
    private readonly HttpClient _http;

    public EmulatorClient(EmulatorServer server, string? token = null, bool gzip = false)
    {
        var handler = new HttpClientHandler { AutomaticDecompression = gzip ? DecompressionMethods.None : DecompressionMethods.GZip, AllowAutoRedirect = false };
        _http = new HttpClient(handler) { BaseAddress = server.BaseUrl };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token ?? server.AccessToken);
    }

    public HttpClient Http => _http;

    public async Task<(HttpResponseMessage Response, JsonElement Body)> Get(string path, int? batchSize = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (batchSize is { } b) request.Headers.Add("Sforce-Query-Options", "batchSize=" + b);
        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response, body);
    }

    public Task<(HttpResponseMessage Response, JsonElement Body)> Query(string soql, int? batchSize = null) =>
        Get("/services/data/v66.0/query?q=" + Uri.EscapeDataString(soql), batchSize);

    /// <summary>Follows nextRecordsUrl to the end and returns every page.</summary>
    public async Task<List<JsonElement>> AllPages(string soql, int? batchSize = null)
    {
        var pages = new List<JsonElement>();
        var (_, page) = await Query(soql, batchSize);
        pages.Add(page);
        while (page.TryGetProperty("nextRecordsUrl", out var next))
        {
            (_, page) = await Get(next.GetString()!, batchSize);
            pages.Add(page);
        }
        return pages;
    }

    public void Dispose() => _http.Dispose();
}
