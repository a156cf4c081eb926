using System.Net;
using System.Text.Json;
using SalesforceEmulator;
using SalesforceEmulator.Org;

namespace ToriiSalesforce.Engine.Tests.EmulatorTests;

/// <summary>What the connecting user's system permissions let them query (salesforce-api.md 8.4).</summary>
public sealed class PermissionGatingTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;
    private EmulatedUser _user = null!;
    private EmulatorClient _client = null!;
    private EmulatorClient _admin = null!;

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 200 });
        _admin = new EmulatorClient(_server);
        // A standard user who holds OAuth grants; generated standard users have API Enabled and nothing else.
        var (_, grants) = await _admin.Query("SELECT UserId FROM OauthToken");
        var holders = grants.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("UserId").GetString()).ToHashSet();
        _user = _server.Org.Users.First(u => u.Id != _server.AdminUserId && u.IsActive && u.UserType == "Standard" && holders.Contains(u.Id));
        _client = new EmulatorClient(_server, _server.CreateSession(_user.Id).AccessToken);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        _admin.Dispose();
        await _server.DisposeAsync();
    }

    private void Set(string permission, bool granted) => _server.Org.SetPermission(_user.Id, permission, granted);

    private static void AssertRefused(HttpResponseMessage response, JsonElement body, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var error = Assert.Single(body.EnumerateArray());
        Assert.Equal(code, error.GetProperty("errorCode").GetString());
    }

    private async Task AssertNotSupported(string soql, string sobject)
    {
        var (response, body) = await _client.Query(soql);
        AssertRefused(response, body, HttpStatusCode.BadRequest, "INVALID_TYPE");
        var column = soql.IndexOf(" FROM " + sobject, StringComparison.Ordinal) + 7;
        Assert.StartsWith($"\n{soql}\n{new string(' ', column - 1)}^\nERROR at Row:1:Column:{column}\nsObject type '{sobject}' is not supported.", body[0].GetProperty("message").GetString());
    }

    private async Task<JsonElement> AssertServed(string soql)
    {
        var (response, body) = await _client.Query(soql);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body;
    }

    [Fact]
    public async Task The_test_user_starts_with_api_enabled_only()
    {
        var body = await AssertServed("SELECT PermissionsApiEnabled, PermissionsViewSetup, PermissionsManageUsers, PermissionsViewEventLogFiles, PermissionsViewAllData, PermissionsCustomizeApplication FROM UserPermissionAccess");
        var row = Assert.Single(body.GetProperty("records").EnumerateArray());
        Assert.True(row.GetProperty("PermissionsApiEnabled").GetBoolean());
        foreach (var p in new[] { "PermissionsViewSetup", "PermissionsManageUsers", "PermissionsViewEventLogFiles", "PermissionsViewAllData", "PermissionsCustomizeApplication" })
            Assert.False(row.GetProperty(p).GetBoolean(), p);
    }

    [Fact]
    public async Task UserLicense_needs_view_setup()
    {
        await AssertNotSupported("SELECT Id, Name FROM UserLicense", "UserLicense");
        await AssertNotSupported("SELECT Id FROM PermissionSetLicense", "PermissionSetLicense");

        Set("PermissionsViewSetup", true);
        var body = await AssertServed("SELECT Id, Name, LicenseDefinitionKey FROM UserLicense");
        Assert.True(body.GetProperty("totalSize").GetInt32() > 0);
        await AssertServed("SELECT Id FROM PermissionSetLicense");

        Set("PermissionsViewSetup", false);
        await AssertNotSupported("SELECT Id, Name FROM UserLicense", "UserLicense");
    }

    [Fact]
    public async Task UserLogin_needs_manage_users()
    {
        await AssertNotSupported("SELECT Id, UserId, IsFrozen FROM UserLogin", "UserLogin");

        Set("PermissionsManageUsers", true);
        var body = await AssertServed("SELECT Id, UserId, IsFrozen FROM UserLogin");
        Assert.Equal(200, body.GetProperty("totalSize").GetInt32());
    }

    [Fact]
    public async Task EventLogFile_needs_view_event_log_files_or_view_all_data()
    {
        const string soql = "SELECT Id, EventType, LogDate FROM EventLogFile";
        var (_, all) = await _admin.Query(soql);
        var total = all.GetProperty("totalSize").GetInt32();
        Assert.True(total > 0);

        await AssertNotSupported(soql, "EventLogFile");

        Set("PermissionsViewEventLogFiles", true);
        Assert.Equal(total, (await AssertServed(soql)).GetProperty("totalSize").GetInt32());

        Set("PermissionsViewEventLogFiles", false);
        Set("PermissionsViewAllData", true);
        Assert.Equal(total, (await AssertServed(soql)).GetProperty("totalSize").GetInt32());

        Set("PermissionsViewAllData", false);
        await AssertNotSupported(soql, "EventLogFile");
    }

    [Fact]
    public async Task OauthToken_without_customize_application_shows_only_the_users_own_grants()
    {
        var everyone = (await _admin.AllPages("SELECT AppName, UserId FROM OauthToken")).SelectMany(p => p.GetProperty("records").EnumerateArray()).ToList();
        var own = everyone.Count(r => r.GetProperty("UserId").GetString() == _user.Id);
        Assert.True(own > 0);
        Assert.True(everyone.Count > own);

        var mine = (await _client.AllPages("SELECT AppName, UserId FROM OauthToken")).SelectMany(p => p.GetProperty("records").EnumerateArray()).ToList();
        Assert.Equal(own, mine.Count);
        Assert.All(mine, r => Assert.Equal(_user.Id, r.GetProperty("UserId").GetString()));

        Set("PermissionsCustomizeApplication", true);
        var (_, page) = await _client.Query("SELECT COUNT() FROM OauthToken");
        Assert.Equal(everyone.Count, page.GetProperty("totalSize").GetInt32());
    }

    [Fact]
    public async Task UserPermissionAccess_returns_one_row_with_the_users_own_values()
    {
        Set("PermissionsViewSetup", true);
        var body = await AssertServed("SELECT PermissionsApiEnabled, PermissionsViewSetup FROM UserPermissionAccess");
        Assert.Equal(1, body.GetProperty("totalSize").GetInt32());
        var row = Assert.Single(body.GetProperty("records").EnumerateArray());
        Assert.True(row.GetProperty("PermissionsApiEnabled").GetBoolean());
        Assert.True(row.GetProperty("PermissionsViewSetup").GetBoolean());
        Assert.Equal(new[] { "attributes", "PermissionsApiEnabled", "PermissionsViewSetup" }, row.EnumerateObject().Select(p => p.Name));

        Set("PermissionsViewSetup", false);
        var after = await AssertServed("SELECT PermissionsApiEnabled, PermissionsViewSetup FROM UserPermissionAccess");
        Assert.False(after.GetProperty("records")[0].GetProperty("PermissionsViewSetup").GetBoolean());

        // The admin's row says what the admin holds, not what the test user holds.
        var (_, adminRow) = await _admin.Query("SELECT PermissionsApiEnabled, PermissionsViewSetup FROM UserPermissionAccess");
        Assert.True(adminRow.GetProperty("records")[0].GetProperty("PermissionsViewSetup").GetBoolean());
    }

    [Fact]
    public async Task Without_api_enabled_every_data_call_is_refused()
    {
        // A cursor opened while the API was still enabled: LoginHistory of every user, 200 a page.
        Set("PermissionsManageUsers", true);
        var (_, first) = await _client.Query("SELECT Id FROM LoginHistory", batchSize: 200);
        var next = first.GetProperty("nextRecordsUrl").GetString()!;
        var (_, logs) = await _admin.Query("SELECT Id FROM EventLogFile LIMIT 1");
        var logId = logs.GetProperty("records")[0].GetProperty("Id").GetString()!;

        Set("PermissionsApiEnabled", false);

        var calls = new[]
        {
            "/services/data/v66.0/query?q=" + Uri.EscapeDataString("SELECT Id FROM User"),
            "/services/data/v66.0/queryAll?q=" + Uri.EscapeDataString("SELECT Id FROM User"),
            next,
            "/services/data/v66.0",
            "/services/data/v66.0/sobjects",
            "/services/data/v66.0/sobjects/User/describe",
            "/services/data/v66.0/limits",
            $"/services/data/v66.0/sobjects/EventLogFile/{logId}/LogFile",
        };
        foreach (var path in calls)
        {
            var (response, body) = await _client.Get(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
            Assert.Equal("API_CURRENTLY_DISABLED", body[0].GetProperty("errorCode").GetString());
        }

        Set("PermissionsApiEnabled", true);
        await AssertServed("SELECT Id FROM User LIMIT 1");
    }

    [Fact]
    public async Task Limits_need_view_setup()
    {
        var (refused, body) = await _client.Get("/services/data/v66.0/limits");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(JsonValueKind.Array, body.ValueKind);
        Assert.False(string.IsNullOrEmpty(body[0].GetProperty("errorCode").GetString()));

        Set("PermissionsViewSetup", true);
        var (served, limits) = await _client.Get("/services/data/v66.0/limits");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.True(limits.GetProperty("DailyApiRequests").GetProperty("Max").GetInt64() > 0);
    }
}
