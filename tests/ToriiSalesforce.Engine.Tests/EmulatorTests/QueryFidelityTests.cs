using System.Net;
using SalesforceEmulator;

namespace ToriiSalesforce.Engine.Tests.EmulatorTests;

public sealed class QueryFidelityTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;
    private EmulatorClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 700, Seed = 3 });
        _client = new EmulatorClient(_server);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Unknown_field_is_refused_as_salesforce_refuses_it()
    {
        var (response, body) = await _client.Query("SELECT Id, Foo FROM User");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(body.EnumerateArray());
        Assert.Equal("INVALID_FIELD", error.GetProperty("errorCode").GetString());
        var message = error.GetProperty("message").GetString()!;
        Assert.StartsWith("\nSELECT Id, Foo FROM User\n           ^\nERROR at Row:1:Column:12\nNo such column 'Foo' on entity 'User'.", message);
        Assert.Contains("be sure to append the '__c'", message);
    }

    [Theory]
    [InlineData("SELECT Id FROM Foo", "INVALID_TYPE", "sObject type 'Foo' is not supported.")]
    [InlineData("SELECT Id FROM User WHERE", "MALFORMED_QUERY", "unexpected token")]
    [InlineData("SELECT Id FROM User LIMIT x", "MALFORMED_QUERY", "unexpected token: 'x'")]
    [InlineData("SELECT Id FROM User WHERE CreatedDate > 2024-01-01", "INVALID_FIELD", "must be of type dateTime")]
    [InlineData("SELECT Id FROM User WHERE Profile.Nope.Name = 'x'", "INVALID_FIELD", "Didn't understand relationship 'Nope'")]
    [InlineData("SELECT Name FROM User GROUP BY UserType", "MALFORMED_QUERY", "Field must be grouped or aggregated: Name")]
    [InlineData("SELECT LastLoginDate, COUNT(Id) FROM User GROUP BY LastLoginDate", "INVALID_FIELD", "field 'LastLoginDate' can not be grouped in a query call")]
    [InlineData("SELECT Id FROM User LIMIT 10 OFFSET 2001", "NUMBER_OUTSIDE_VALID_RANGE", "Maximum SOQL offset allowed is 2000")]
    [InlineData("SELECT Id FROM User WHERE Name = 'bad \\x escape'", "MALFORMED_QUERY", "Illegal character sequence")]
    public async Task Bad_queries_get_the_real_error_code(string soql, string code, string fragment)
    {
        var (response, body) = await _client.Query(soql);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, body[0].GetProperty("errorCode").GetString());
        Assert.Contains(fragment, body[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Paging_serves_every_row_once_and_the_last_page_has_no_next_url()
    {
        var pages = await _client.AllPages("SELECT Id FROM User", batchSize: 200);
        var ids = pages.SelectMany(p => p.GetProperty("records").EnumerateArray()).Select(r => r.GetProperty("Id").GetString()).ToList();

        Assert.Equal(4, pages.Count); // 700 rows at 200 a page
        Assert.All(pages, p => Assert.Equal(700, p.GetProperty("totalSize").GetInt32()));
        Assert.Equal(700, ids.Count);
        Assert.Equal(700, ids.Distinct().Count());
        Assert.True(pages[^1].GetProperty("done").GetBoolean());
        Assert.False(pages[^1].TryGetProperty("nextRecordsUrl", out _));
        Assert.Matches(@"^/services/data/v66\.0/query/01g[0-9A-Za-z]{15}-200$", pages[0].GetProperty("nextRecordsUrl").GetString());
    }

    [Theory]
    [InlineData(50, 200)]
    [InlineData(5000, 2000)]
    [InlineData(null, 2000)]
    public async Task Batch_size_is_clamped_to_200_through_2000(int? asked, int served)
    {
        var (_, page) = await _client.Query("SELECT Id FROM User", asked);
        Assert.Equal(Math.Min(served, 700), page.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task Relationship_paths_nest_with_attributes_and_empty_lookups_are_null()
    {
        var (_, page) = await _client.Query("SELECT Id, Profile.Name, Profile.UserLicense.LicenseDefinitionKey, Manager.Name FROM User LIMIT 1");
        var record = page.GetProperty("records")[0];
        Assert.Equal("User", record.GetProperty("attributes").GetProperty("type").GetString());
        var profile = record.GetProperty("Profile");
        Assert.Equal("Profile", profile.GetProperty("attributes").GetProperty("type").GetString());
        Assert.Equal("SFDC", profile.GetProperty("UserLicense").GetProperty("LicenseDefinitionKey").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, record.GetProperty("Manager").ValueKind);
        Assert.Equal(new[] { "attributes", "Id", "Profile", "Manager" }, record.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Where_operators_filter_like_salesforce()
    {
        var users = _server.Org.Users;
        async Task<int> Count(string where) => (await _client.Query("SELECT COUNT() FROM User WHERE " + where)).Body.GetProperty("totalSize").GetInt32();

        Assert.Equal(users.Count(u => u.UserType is "Guest" or "CsnOnly"), await Count("UserType IN ('Guest', 'CsnOnly')"));
        Assert.Equal(users.Count(u => u.UserType is not ("Guest" or "CsnOnly")), await Count("UserType NOT IN ('Guest', 'CsnOnly')"));
        Assert.Equal(users.Count(u => u.Username.EndsWith("@acme-demo.com", StringComparison.OrdinalIgnoreCase)), await Count("Username LIKE '%@ACME-demo.com'"));
        Assert.Equal(users.Count(u => !u.IsActive || u.UserType == "Guest"), await Count("NOT (IsActive = true AND UserType != 'Guest')"));
        Assert.Equal(users.Count(u => u.LastLoginDate is null), await Count("LastLoginDate = null"));
        var cutoff = DateTimeOffset.UtcNow.Date.AddDays(-30);
        Assert.Equal(users.Count(u => u.LastLoginDate >= cutoff), await Count("LastLoginDate = LAST_N_DAYS:30"));
        var instant = users[10].CreatedDate;
        Assert.Equal(users.Count(u => u.CreatedDate > instant), await Count("CreatedDate > " + instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'")));
    }

    [Fact]
    public async Task Count_and_group_by_have_the_aggregate_shapes()
    {
        var (_, count) = await _client.Query("SELECT COUNT() FROM User");
        Assert.Equal(700, count.GetProperty("totalSize").GetInt32());
        Assert.Equal(0, count.GetProperty("records").GetArrayLength());

        var (_, grouped) = await _client.Query("SELECT UserType, COUNT(Id) FROM User GROUP BY UserType");
        var rows = grouped.GetProperty("records").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal("AggregateResult", r.GetProperty("attributes").GetProperty("type").GetString()));
        Assert.False(rows[0].GetProperty("attributes").TryGetProperty("url", out _));
        Assert.Equal(700, rows.Sum(r => r.GetProperty("expr0").GetInt32()));
        Assert.Equal(_server.Org.Users.Select(u => u.UserType).Distinct().Count(), rows.Count);
    }

    [Fact]
    public async Task A_field_hidden_by_field_level_security_vanishes_from_describe_and_queries()
    {
        _server.Org.HideUserField("UserPermissionsMarketingUser");
        var (_, describe) = await _client.Get("/services/data/v66.0/sobjects/User/describe");
        var names = describe.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain("UserPermissionsMarketingUser", names);
        Assert.Contains("UserPermissionsSupportUser", names);

        var (response, body) = await _client.Query("SELECT Id FROM User WHERE UserPermissionsMarketingUser = true");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_FIELD", body[0].GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Datetimes_use_the_rest_format_and_limit_info_is_on_data_responses_only()
    {
        var (response, page) = await _client.Query("SELECT CreatedDate FROM User LIMIT 1");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$", page.GetProperty("records")[0].GetProperty("CreatedDate").GetString());
        Assert.Matches(@"^api-usage=\d+/15000$", response.Headers.GetValues("Sforce-Limit-Info").Single());

        var (versions, list) = await _client.Get("/services/data/");
        Assert.False(versions.Headers.Contains("Sforce-Limit-Info"));
        Assert.Equal("66.0", list.EnumerateArray().Last().GetProperty("version").GetString());
        Assert.Equal("Spring '26", list.EnumerateArray().Last().GetProperty("label").GetString());
    }

    [Fact]
    public async Task Gzip_is_served_when_asked()
    {
        using var raw = new EmulatorClient(_server, gzip: true);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/services/data/v66.0/query?q=" + Uri.EscapeDataString("SELECT Id FROM User"));
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await raw.Http.SendAsync(request);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task OauthToken_serves_500_a_page_stops_at_2500_and_has_null_ids()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 50, OAuthGrants = 3200 });
        using var client = new EmulatorClient(server);
        var pages = await client.AllPages("SELECT Id, AppName, UserId FROM OauthToken");
        var rows = pages.SelectMany(p => p.GetProperty("records").EnumerateArray()).ToList();

        Assert.All(pages.Take(pages.Count - 1), p => Assert.Equal(500, p.GetProperty("records").GetArrayLength()));
        Assert.Equal(2500, rows.Count);
        Assert.All(rows, r => Assert.Equal(System.Text.Json.JsonValueKind.Null, r.GetProperty("Id").ValueKind));

        var (_, beyond) = await client.Query("SELECT AppName FROM OauthToken ORDER BY CreatedDate LIMIT 2500 OFFSET 2500");
        Assert.Equal(700, beyond.GetProperty("totalSize").GetInt32());
    }
}
