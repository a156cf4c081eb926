using System.Net.Http.Headers;
using System.Text.Json;
using SalesforceEmulator;

namespace ToriiSalesforce.Tests.Infrastructure;

/// <summary>
/// Plain REST against the emulator, as curl or any other client would ask: the source of expected
/// figures, so a test never checks the module against itself.
/// </summary>
public static class RawRest
{
    /// <summary>Every record of a query, following nextRecordsUrl (so at most 2,500 for OauthToken, as Salesforce serves it).</summary>
    public static async Task<List<JsonElement>> Records(EmulatorServer server, string soql)
    {
        using var http = Client(server);
        var rows = new List<JsonElement>();
        var next = "/services/data/v66.0/query?q=" + Uri.EscapeDataString(soql);
        while (next is not null)
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync(next));
            rows.AddRange(doc.RootElement.GetProperty("records").EnumerateArray().Select(r => r.Clone()));
            next = doc.RootElement.TryGetProperty("nextRecordsUrl", out var url) ? url.GetString() : null;
        }
        return rows;
    }

    /// <summary>The totalSize of a SELECT COUNT() query.</summary>
    public static async Task<int> Count(EmulatorServer server, string soql)
    {
        using var http = Client(server);
        using var doc = JsonDocument.Parse(await http.GetStringAsync("/services/data/v66.0/query?q=" + Uri.EscapeDataString(soql)));
        return doc.RootElement.GetProperty("totalSize").GetInt32();
    }

    private static HttpClient Client(EmulatorServer server)
    {
        var http = new HttpClient { BaseAddress = server.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.AccessToken);
        return http;
    }
}
