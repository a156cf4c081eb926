using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SalesforceEmulator;

namespace ToriiSalesforce.Engine.Tests.EmulatorTests;

public class OrgAndSessionTests
{
    [Fact]
    public async Task The_same_seed_gives_the_same_org_with_valid_ids_and_every_user_type()
    {
        await using var a = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 400, Seed = 11 });
        await using var b = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 400, Seed = 11 });
        Assert.Equal(a.Org.Users.Select(u => (u.Id, u.Username, u.UserType, u.IsActive)), b.Org.Users.Select(u => (u.Id, u.Username, u.UserType, u.IsActive)));
        Assert.All(a.Org.Users, u => Assert.True(Ids.HasValidChecksum(u.Id) && u.Id.StartsWith("005")));
        Assert.Equal(new[] { "CsnOnly", "CspLitePortal", "CustomerSuccess", "Guest", "PowerCustomerSuccess", "PowerPartner", "Standard" },
            a.Org.Users.Select(u => u.UserType).Distinct().Order());
        Assert.Contains(a.Org.Users, u => u.LastLoginDate is null);
        Assert.Contains(a.Org.Users, u => !u.IsActive);
        Assert.Contains(a.Org.Users, u => u.IsFrozen);
        Assert.Equal(a.AdminUserId, a.Org.Users[0].Id);
    }

    [Fact]
    public async Task Refresh_grant_answers_like_salesforce_and_bad_tokens_are_refused()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 20 });
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        var ok = await http.PostAsync("/services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = server.ClientId, ["refresh_token"] = server.RefreshToken,
        }));
        var body = JsonDocument.Parse(await ok.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Matches(@"^\d{13}$", body.GetProperty("issued_at").GetString());
        Assert.False(body.TryGetProperty("expires_in", out _));
        Assert.False(body.TryGetProperty("refresh_token", out _));
        Assert.StartsWith(server.OrgId[..15] + "!", body.GetProperty("access_token").GetString());
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());

        var bad = await http.PostAsync("/services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = server.ClientId, ["refresh_token"] = "5Aep861nope",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("""{"error":"invalid_grant","error_description":"expired access/refresh token"}""", await bad.Content.ReadAsStringAsync());

        using var client = new EmulatorClient(server, token: "00Dx0000000BV7z!nope");
        var (refused, error) = await client.Query("SELECT Id FROM User");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("INVALID_SESSION_ID", error[0].GetProperty("errorCode").GetString());
        Assert.Equal("Session expired or invalid", error[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Faults_fail_expire_and_exhaust_on_request()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 20 });
        using var client = new EmulatorClient(server);

        server.Faults.FailNext(2, 503, retryAfterSeconds: 7);
        var (first, _) = await client.Query("SELECT Id FROM User");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), first.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.Query("SELECT Id FROM User")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Query("SELECT Id FROM User")).Response.StatusCode);

        server.Faults.ExpireSessionsAfter(1);
        Assert.Equal(HttpStatusCode.OK, (await client.Query("SELECT Id FROM User")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Query("SELECT Id FROM User")).Response.StatusCode);

        using var fresh = new EmulatorClient(server, server.CreateSession(server.AdminUserId).AccessToken);
        server.Faults.ExhaustDailyLimit();
        var (limited, body) = await fresh.Query("SELECT Id FROM User");
        Assert.Equal(HttpStatusCode.Forbidden, limited.StatusCode);
        Assert.Equal("REQUEST_LIMIT_EXCEEDED", body[0].GetProperty("errorCode").GetString());
        Assert.Equal("TotalRequests Limit exceeded.", body[0].GetProperty("message").GetString());
        Assert.Equal(6, server.Requests.QueryCalls()); // failed, expired and refused calls are logged too
    }

    [Fact]
    public async Task Process_mode_prints_exactly_one_json_line_when_ready()
    {
        var dll = typeof(EmulatorServer).Assembly.Location;
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "--port", "0", "--users", "30", "--seed", "5" }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var ready = JsonDocument.Parse(line!).RootElement;
            foreach (var key in new[] { "loginUrl", "instanceUrl", "clientId", "refreshToken", "accessToken", "orgId", "username" })
                Assert.False(string.IsNullOrEmpty(ready.GetProperty(key).GetString()), key);
            using var http = new HttpClient();
            var versions = await http.GetAsync(ready.GetProperty("instanceUrl").GetString() + "/services/data/");
            Assert.Equal(HttpStatusCode.OK, versions.StatusCode);
            var more = process.StandardOutput.ReadLineAsync();
            Assert.False(more.Wait(TimeSpan.FromMilliseconds(300)), "nothing but the ready line goes to stdout");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}

public class RevocationTests
{
    [Fact]
    public async Task Revoking_a_refresh_token_also_revokes_the_access_tokens_issued_from_it()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 20 });
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        var grant = await http.PostAsync("/services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = server.ClientId, ["refresh_token"] = server.RefreshToken,
        }));
        var access = JsonDocument.Parse(await grant.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
        using var client = new EmulatorClient(server, access);
        Assert.Equal(HttpStatusCode.OK, (await client.Query("SELECT Id FROM User LIMIT 1")).Response.StatusCode);

        var revoke = await http.PostAsync("/services/oauth2/revoke", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = server.RefreshToken }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Query("SELECT Id FROM User LIMIT 1")).Response.StatusCode);
    }
}
