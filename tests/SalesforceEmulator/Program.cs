using System.Globalization;
using System.Text.Json;
using SalesforceEmulator;

// Process mode: dotnet run --project tests/SalesforceEmulator -c Release -- [--port N] [--seed S] [--users N] [--latency-ms N] [--no-hourly-logs]
//   [--login-log-mb N]: one more daily Login log file of about N MB, dated ten days ago (the end-to-end benchmark).
// Prints exactly one JSON line on stdout when ready, then serves until stopped.
var options = new EmulatorOptions();
var bigLogMb = 0;
for (var i = 0; i < args.Length; i++)
{
    int Next() => int.Parse(args[++i], CultureInfo.InvariantCulture);
    switch (args[i])
    {
        case "--port": options.Port = Next(); break;
        case "--seed": options.Seed = Next(); break;
        case "--users": options.Users = Next(); break;
        case "--latency-ms": options.LatencyMs = Next(); break;
        case "--oauth-grants": options.OAuthGrants = Next(); break;
        case "--no-hourly-logs": options.HourlyLogs = false; break;
        case "--login-log-mb": bigLogMb = Next(); break;
        default:
            Console.Error.WriteLine($"Unknown option '{args[i]}'. Options: --port N --seed S --users N --latency-ms N --oauth-grants N --no-hourly-logs --login-log-mb N");
            return 2;
    }
}

await using var server = await EmulatorServer.StartAsync(options);
if (bigLogMb > 0)
    server.Logs.AddOfSize("Login", new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-10), bigLogMb * 1_048_576L);
var ready = JsonSerializer.Serialize(new
{
    loginUrl = server.BaseUrl.ToString().TrimEnd('/'),
    instanceUrl = server.BaseUrl.ToString().TrimEnd('/'),
    clientId = server.ClientId,
    refreshToken = server.RefreshToken,
    accessToken = server.AccessToken,
    orgId = server.OrgId,
    username = server.AdminUsername,
});
Console.Out.WriteLine(ready);
Console.Out.Flush();

await server.WaitForShutdownAsync();
return 0;
