using System.Globalization;
using System.Text.Json;
using SalesforceEmulator;

// Process mode: dotnet run --project tests/SalesforceEmulator -c Release -- [--port N] [--seed S] [--users N] [--latency-ms N] [--no-hourly-logs]
// Prints exactly one JSON line on stdout when ready, then serves until stopped.
var options = new EmulatorOptions();
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
        default:
            Console.Error.WriteLine($"Unknown option '{args[i]}'. Options: --port N --seed S --users N --latency-ms N --oauth-grants N --no-hourly-logs");
            return 2;
    }
}

await using var server = await EmulatorServer.StartAsync(options);
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
