using System.Text.Json;

namespace SalesforceEmulator.Rest;

/// <summary>/services/data (versions, no auth, no Sforce-Limit-Info), the version's resource map, and /limits.</summary>
internal static class InfoEndpoints
{
    public static IResult VersionList(EmulatorState state) =>
        Results.Json(Versions.All.Select(v => new { label = v.Label, url = $"/services/data/v{v.Version}", version = v.Version }));

    public static IResult Resources(HttpContext context, EmulatorState state, string version)
    {
        if (DataAccess.Check(context, state, version, out _) is { } refused) return refused;
        var p = $"/services/data/v{version}";
        return Results.Json(new Dictionary<string, string>
        {
            ["limits"] = p + "/limits", ["sobjects"] = p + "/sobjects", ["query"] = p + "/query", ["queryAll"] = p + "/queryAll",
            ["search"] = p + "/search", ["tooling"] = p + "/tooling", ["jobs"] = p + "/jobs",
        });
    }

    public static IResult Limits(HttpContext context, EmulatorState state, string version)
    {
        if (DataAccess.Check(context, state, version, out var userId) is { } refused) return refused;
        if (!state.Org.Has(userId, "PermissionsViewSetup"))
            return ErrorBodies.Rest(403, "INSUFFICIENT_ACCESS", "You don't have permission to view limits: View Setup and Configuration is required.");
        var max = state.Options.DailyApiMax;
        var remaining = Math.Max(0, max - state.ApiUsed);
        return Results.Json(new Dictionary<string, object>
        {
            ["ConcurrentAsyncGetReportInstances"] = new { Max = 200, Remaining = 200 },
            ["ConcurrentSyncReportRuns"] = new { Max = 20, Remaining = 20 },
            ["DailyApiRequests"] = new { Max = max, Remaining = remaining },
            ["DailyAsyncApexExecutions"] = new { Max = 250000, Remaining = 250000 },
            ["DailyBulkApiRequests"] = new { Max = 5000, Remaining = 5000 },
            ["DailyBulkV2QueryJobs"] = new { Max = 10000, Remaining = 10000 },
            ["DataStorageMB"] = new { Max = 1024, Remaining = 1000 },
            ["FileStorageMB"] = new { Max = 2048, Remaining = 2000 },
            ["HourlyODataCallout"] = new { Max = 10000, Remaining = 9999 },
            ["StreamingApiConcurrentClients"] = new { Max = 20, Remaining = 20 },
        });
    }
}
