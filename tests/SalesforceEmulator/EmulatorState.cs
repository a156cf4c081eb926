using System.Security.Cryptography;
using SalesforceEmulator.OAuth;
using SalesforceEmulator.Org;
using SalesforceEmulator.Rest;

namespace SalesforceEmulator;

/// <summary>Everything the endpoints share: the org, issued tokens, cursors, API usage, faults and the request log.</summary>
internal sealed class EmulatorState
{
    private long _apiUsed;

    public EmulatorState(EmulatorOptions options, OrgData org, EmulatedUser admin)
    {
        Options = options;
        Org = org;
        Admin = admin;
        Sessions = new SessionStore(org.OrgId);
        Logs = new EventLogs.LogFileCatalog(org, options.HourlyLogs);
        Logs.Seed(options.LogDays, org.Now);
        ClientId = "3MVG9" + Convert.ToHexString(SHA256.HashData(BitConverter.GetBytes(options.Seed)))[..40];
        ClientSecret = Convert.ToHexString(SHA256.HashData(BitConverter.GetBytes(options.Seed * 31 + 7)))[..32];
        Faults.LatencyMs = options.LatencyMs;
        Faults.ExpireSessions = Sessions.ExpireAllAccess;
        Faults.Exhaust = () => Interlocked.Exchange(ref _apiUsed, options.DailyApiMax);
        Faults.ResetUsage = () => Interlocked.Exchange(ref _apiUsed, 0);
        Faults.Spend = count => Interlocked.Add(ref _apiUsed, count);
        OAuthFlows.ClientCredentialsUserId = admin.Id;
    }

    public EmulatorOptions Options { get; }
    public OrgData Org { get; }
    public EmulatedUser Admin { get; }
    public SessionStore Sessions { get; }
    public FaultInjector Faults { get; } = new();
    public RequestLog Requests { get; } = new();
    public Cursors Cursors { get; } = new();
    public OAuth.OAuthFlows OAuthFlows { get; } = new();
    public EventLogs.LogFileCatalog Logs { get; }
    public string ClientId { get; }
    public string ClientSecret { get; }
    public Uri BaseUrl { get; set; } = new("http://127.0.0.1");

    public long ApiUsed => Interlocked.Read(ref _apiUsed);

    /// <summary>Counts one data request; false when the daily allocation is already used up.</summary>
    public bool TrySpendApiRequest()
    {
        if (Interlocked.Read(ref _apiUsed) >= Options.DailyApiMax) return false;
        Interlocked.Increment(ref _apiUsed);
        return true;
    }

    public string LimitInfo => $"api-usage={Math.Min(ApiUsed, Options.DailyApiMax)}/{Options.DailyApiMax}";

    /// <summary>Logging, latency and injected failures, around every request.</summary>
    public async Task Pipeline(HttpContext context, RequestDelegate next)
    {
        if (Faults.LatencyMs > 0) await Task.Delay(Faults.LatencyMs).ConfigureAwait(false);
        var path = context.Request.Path.Value ?? "";
        try
        {
            if ((path.StartsWith("/services/", StringComparison.Ordinal) || path.StartsWith("/id/", StringComparison.Ordinal)) && Faults.TakeFailure() is { } failure)
            {
                context.Response.StatusCode = failure.Status;
                if (failure.RetryAfter is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.ContentType = "application/json;charset=UTF-8";
                var code = failure.Status == 503 ? "SERVER_UNAVAILABLE" : "UNKNOWN_EXCEPTION";
                await context.Response.WriteAsync($"[{{\"message\":\"Injected failure: the service is unavailable.\",\"errorCode\":\"{code}\"}}]").ConfigureAwait(false);
                return;
            }
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            // A bug in the emulator: answer as Salesforce answers its own failures, and say what broke on stderr.
            Console.Error.WriteLine($"Emulator failure on {context.Request.Method} {path}: {ex}");
            context.Response.StatusCode = 500;
            context.Response.ContentType = "application/json;charset=UTF-8";
            await context.Response.WriteAsync("[{\"message\":\"An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-1)\",\"errorCode\":\"UNKNOWN_EXCEPTION\"}]").ConfigureAwait(false);
        }
        finally
        {
            Requests.Add(new RequestLogEntry(DateTimeOffset.UtcNow, context.Request.Method, path,
                context.Items.TryGetValue("soql", out var soql) ? soql as string : null,
                context.Items.TryGetValue("sobject", out var so) ? so as string : null,
                context.Response.StatusCode, context.Items.ContainsKey("userId")));
        }
    }
}
