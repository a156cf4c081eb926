using System.Net;
using System.Text.Json;
using SalesforceEmulator;

namespace ToriiSalesforce.Engine.Tests.EmulatorTests;

/// <summary>WHERE clauses that mix AND and OR, default null placement in ORDER BY, and semi-/anti-join sub-selects.</summary>
public sealed class SoqlConditionAndOrderTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;
    private EmulatorClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 200 });
        _client = new EmulatorClient(_server);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private static string Report(string soql, int position, string explanation) =>
        $"\n{soql}\n{new string(' ', position)}^\nERROR at Row:1:Column:{position + 1}\n{explanation}";

    private async Task<int> Count(string where, EmulatorClient? client = null)
    {
        var (response, body) = await (client ?? _client).Query("SELECT COUNT() FROM User WHERE " + where);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body.GetProperty("totalSize").GetInt32();
    }

    private static async Task<List<JsonElement>> Records(EmulatorClient client, string soql) =>
        (await client.AllPages(soql)).SelectMany(p => p.GetProperty("records").EnumerateArray()).ToList();

    // ---- AND and OR at one level ----

    [Theory]
    [InlineData("SELECT Id FROM User WHERE IsActive = true AND UserType = 'Standard' OR UserType = 'Guest'", " OR ", "OR")]
    [InlineData("SELECT Id FROM User WHERE UserType = 'Guest' OR UserType = 'CsnOnly' AND IsActive = true", " AND ", "AND")]
    [InlineData("SELECT Id FROM User WHERE IsActive = true AND IsActive = true AND UserType = 'Guest' OR UserType = 'CsnOnly'", " OR ", "OR")]
    [InlineData("SELECT Id FROM User WHERE IsActive = true AND (UserType = 'Guest' OR UserType = 'CsnOnly' AND IsActive = false)", " AND IsActive = false", "AND")]
    [InlineData("SELECT Id FROM User WHERE NOT (IsActive = true OR UserType = 'Guest' AND IsActive = false)", " AND ", "AND")]
    public async Task Mixing_and_and_or_without_parentheses_is_refused_at_the_second_operator(string soql, string marker, string token)
    {
        var (response, body) = await _client.Query(soql);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(body.EnumerateArray());
        Assert.Equal("MALFORMED_QUERY", error.GetProperty("errorCode").GetString());
        Assert.Equal(Report(soql, soql.IndexOf(marker, StringComparison.Ordinal) + 1, "unexpected token: " + token), error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Parentheses_decide_how_and_and_or_combine()
    {
        var users = _server.Org.Users;

        Assert.Equal(users.Count(u => (u.IsActive && u.UserType == "Standard") || u.UserType == "Guest"),
            await Count("(IsActive = true AND UserType = 'Standard') OR UserType = 'Guest'"));
        Assert.Equal(users.Count(u => u.IsActive && (u.UserType == "Standard" || u.UserType == "Guest")),
            await Count("IsActive = true AND (UserType = 'Standard' OR UserType = 'Guest')"));
        Assert.Equal(users.Count(u => u.UserType is "Guest" or "CsnOnly" or "PowerPartner"),
            await Count("UserType = 'Guest' OR UserType = 'CsnOnly' OR UserType = 'PowerPartner'"));
        Assert.Equal(users.Count(u => u.IsActive && u.UserType == "Standard" && u.LastLoginDate is null),
            await Count("IsActive = true AND UserType = 'Standard' AND LastLoginDate = null"));
        Assert.Equal(users.Count(u => !(u.IsActive || u.UserType == "Guest") && u.UserType != "CsnOnly"),
            await Count("NOT (IsActive = true OR UserType = 'Guest') AND UserType != 'CsnOnly'"));
    }

    // ---- ORDER BY and nulls ----

    private async Task<List<string?>> LastLogins(string orderBy) =>
        (await Records(_client, "SELECT Id, LastLoginDate FROM User ORDER BY " + orderBy))
        .Select(r => r.GetProperty("LastLoginDate") is { ValueKind: JsonValueKind.String } v ? v.GetString() : null)
        .ToList();

    [Theory]
    [InlineData("LastLoginDate", false)]
    [InlineData("LastLoginDate ASC", false)]
    [InlineData("LastLoginDate DESC", true)]
    [InlineData("LastLoginDate DESC NULLS FIRST", true)]
    [InlineData("LastLoginDate ASC NULLS FIRST", false)]
    public async Task Nulls_sort_first_by_default_whatever_the_direction(string orderBy, bool descending)
    {
        var nulls = _server.Org.Users.Count(u => u.LastLoginDate is null);
        Assert.True(nulls > 0, "the generated org has users who never logged in");

        var values = await LastLogins(orderBy);

        Assert.Equal(200, values.Count);
        Assert.All(values.Take(nulls), v => Assert.Null(v));
        var rest = values.Skip(nulls).ToList();
        Assert.All(rest, v => Assert.NotNull(v));
        var expected = descending ? rest.OrderByDescending(v => v, StringComparer.Ordinal) : rest.OrderBy(v => v, StringComparer.Ordinal);
        Assert.Equal(expected, rest);
    }

    [Theory]
    [InlineData("LastLoginDate NULLS LAST", false)]
    [InlineData("LastLoginDate ASC NULLS LAST", false)]
    [InlineData("LastLoginDate DESC NULLS LAST", true)]
    public async Task Nulls_last_moves_the_nulls_to_the_end(string orderBy, bool descending)
    {
        var nulls = _server.Org.Users.Count(u => u.LastLoginDate is null);

        var values = await LastLogins(orderBy);

        var rest = values.Take(values.Count - nulls).ToList();
        Assert.All(values.Skip(values.Count - nulls), v => Assert.Null(v));
        Assert.All(rest, v => Assert.NotNull(v));
        var expected = descending ? rest.OrderByDescending(v => v, StringComparer.Ordinal) : rest.OrderBy(v => v, StringComparer.Ordinal);
        Assert.Equal(expected, rest);
    }

    [Fact]
    public async Task Nulls_first_also_applies_to_a_second_sort_key_and_to_limit()
    {
        var records = await Records(_client, "SELECT Id, UserType, LastLoginDate FROM User ORDER BY UserType DESC, LastLoginDate DESC");
        // UserType DESC puts Standard first; inside it the users who never logged in come first.
        var standard = records.TakeWhile(r => r.GetProperty("UserType").GetString() == "Standard").ToList();
        var standardNulls = _server.Org.Users.Count(u => u.UserType == "Standard" && u.LastLoginDate is null);
        Assert.Equal(_server.Org.Users.Count(u => u.UserType == "Standard"), standard.Count);
        Assert.All(standard.Take(standardNulls), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("LastLoginDate").ValueKind));
        Assert.All(standard.Skip(standardNulls), r => Assert.Equal(JsonValueKind.String, r.GetProperty("LastLoginDate").ValueKind));

        var (_, first) = await _client.Query("SELECT Id, LastLoginDate FROM User ORDER BY LastLoginDate DESC LIMIT 1");
        Assert.Equal(JsonValueKind.Null, first.GetProperty("records")[0].GetProperty("LastLoginDate").ValueKind);
    }

    // ---- Semi-joins and anti-joins ----

    private async Task<HashSet<string>> UsersWithGrants(EmulatorClient client) =>
        (await Records(client, "SELECT UserId FROM OauthToken")).Select(r => r.GetProperty("UserId").GetString()!).ToHashSet();

    [Fact]
    public async Task Semi_join_keeps_the_rows_whose_id_the_sub_select_returns()
    {
        var withGrants = await UsersWithGrants(_client);
        Assert.NotEmpty(withGrants);

        var ids = (await Records(_client, "SELECT Id FROM User WHERE Id IN (SELECT UserId FROM OauthToken)"))
            .Select(r => r.GetProperty("Id").GetString()!).ToHashSet();

        Assert.Equal(withGrants.OrderBy(i => i), ids.OrderBy(i => i));
    }

    [Fact]
    public async Task Anti_join_keeps_the_other_rows()
    {
        var withGrants = await UsersWithGrants(_client);

        var ids = (await Records(_client, "SELECT Id FROM User WHERE Id NOT IN (SELECT UserId FROM OauthToken)"))
            .Select(r => r.GetProperty("Id").GetString()!).ToList();

        Assert.Equal(200 - withGrants.Count, ids.Count);
        Assert.DoesNotContain(ids, withGrants.Contains);
        Assert.Equal(200 - withGrants.Count, await Count("Id NOT IN (SELECT UserId FROM OauthToken)"));
    }

    [Fact]
    public async Task The_sub_select_is_filtered_by_its_own_where_and_combines_with_and()
    {
        var users = _server.Org.Users;
        var frozen = users.Where(u => u.IsFrozen).Select(u => u.Id).ToHashSet();
        var withGrants = await UsersWithGrants(_client);

        Assert.NotEmpty(frozen);
        Assert.Equal(frozen.Count, await Count("Id IN (SELECT UserId FROM UserLogin WHERE IsFrozen = true)"));
        Assert.Equal(users.Count(u => u.IsActive && !u.IsFrozen),
            await Count("IsActive = true AND Id NOT IN (SELECT UserId FROM UserLogin WHERE IsFrozen = true AND IsPasswordLocked = false)"));
        Assert.Equal(users.Count(u => withGrants.Contains(u.Id) && !frozen.Contains(u.Id)),
            await Count("Id IN (SELECT UserId FROM OauthToken) AND Id NOT IN (SELECT UserId FROM UserLogin WHERE IsFrozen = true)"));
        Assert.Equal(users.Count(u => u.UserType == "Standard" && withGrants.Contains(u.Id)),
            await Count("(Id IN (SELECT UserId FROM OauthToken WHERE AppName != null)) AND UserType = 'Standard'"));
        Assert.Equal(0, await Count("Id IN (SELECT UserId FROM OauthToken WHERE AppName = 'No such app')"));
    }

    [Fact]
    public async Task A_reference_field_can_be_the_left_operand()
    {
        var sales = (await Records(_client, "SELECT Id FROM User WHERE Department = 'Sales'")).Select(r => r.GetProperty("Id").GetString()!).ToHashSet();
        var logins = (await Records(_client, "SELECT UserId FROM LoginHistory")).Select(r => r.GetProperty("UserId").GetString()!).ToList();
        var expected = logins.Count(sales.Contains);
        Assert.True(expected > 0 && expected < logins.Count);

        var (_, semi) = await _client.Query("SELECT COUNT() FROM LoginHistory WHERE UserId IN (SELECT Id FROM User WHERE Department = 'Sales')");
        var (_, anti) = await _client.Query("SELECT COUNT() FROM LoginHistory WHERE UserId NOT IN (SELECT Id FROM User WHERE Department = 'Sales')");

        Assert.Equal(expected, semi.GetProperty("totalSize").GetInt32());
        Assert.Equal(logins.Count - expected, anti.GetProperty("totalSize").GetInt32());
    }

    [Fact]
    public async Task The_sub_select_runs_with_the_object_access_and_row_visibility_of_the_connecting_user()
    {
        // A user who holds grants but may not Customize Application sees only their own OauthToken rows, in the sub-select too.
        var withGrants = await UsersWithGrants(_client);
        var user = _server.Org.Users.First(u => u.Id != _server.AdminUserId && u.IsActive && withGrants.Contains(u.Id));
        var (token, _) = _server.CreateSession(user.Id);
        using var client = new EmulatorClient(_server, token);

        var ids = (await Records(client, "SELECT Id FROM User WHERE Id IN (SELECT UserId FROM OauthToken)")).Select(r => r.GetProperty("Id").GetString()).ToList();
        Assert.Equal(new[] { user.Id }, ids);
        Assert.Equal(199, await Count("Id NOT IN (SELECT UserId FROM OauthToken)", client));

        // UserLogin needs Manage Users: the sub-select's object is "not supported", reported at its FROM.
        const string soql = "SELECT Id FROM User WHERE Id IN (SELECT UserId FROM UserLogin WHERE IsFrozen = true)";
        var (response, body) = await client.Query(soql);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_TYPE", body[0].GetProperty("errorCode").GetString());
        Assert.StartsWith(Report(soql, soql.IndexOf("UserLogin", StringComparison.Ordinal), "sObject type 'UserLogin' is not supported."), body[0].GetProperty("message").GetString());

        _server.Org.SetPermission(user.Id, "PermissionsManageUsers", true);
        Assert.Equal(_server.Org.Users.Count(u => u.IsFrozen), await Count("Id IN (SELECT UserId FROM UserLogin WHERE IsFrozen = true)", client));
    }

    [Theory]
    [InlineData("SELECT Id FROM User WHERE IsActive = true OR Id IN (SELECT UserId FROM OauthToken)",
        "Id IN", "MALFORMED_QUERY", "Semi join sub-selects are not allowed with the 'OR' operator")]
    [InlineData("SELECT Id FROM User WHERE Id NOT IN (SELECT UserId FROM OauthToken) OR IsActive = false",
        "Id NOT IN", "MALFORMED_QUERY", "Semi join sub-selects are not allowed with the 'OR' operator")]
    [InlineData("SELECT Id FROM User WHERE IsActive = true AND (UserType = 'Guest' OR Id IN (SELECT UserId FROM OauthToken))",
        "Id IN", "MALFORMED_QUERY", "Semi join sub-selects are only allowed at the top level WHERE expressions and not in nested WHERE expressions.")]
    [InlineData("SELECT Id FROM User WHERE Id IN (SELECT UserId FROM UserLogin WHERE UserId IN (SELECT UserId FROM OauthToken))",
        "SELECT UserId FROM OauthToken", "MALFORMED_QUERY", "Nesting of semi join sub-selects is not supported")]
    [InlineData("SELECT Id FROM User WHERE Id IN (SELECT AppName FROM OauthToken)",
        "AppName", "MALFORMED_QUERY", "semi join sub selects can only query id fields, cannot use: 'AppName'")]
    [InlineData("SELECT Id FROM User WHERE Id IN (SELECT User.Id FROM UserLogin)",
        "User.Id", "MALFORMED_QUERY", "semi join sub selects can only query id fields, cannot use: 'User.Id'")]
    [InlineData("SELECT Id FROM User WHERE Id IN (SELECT UserId, AppName FROM OauthToken)",
        ", AppName", "MALFORMED_QUERY", "unexpected token: ','")]
    [InlineData("SELECT Id FROM User WHERE Id IN (SELECT UserId FROM OauthToken ORDER BY CreatedDate)",
        "ORDER", "MALFORMED_QUERY", "unexpected token: 'ORDER'")]
    [InlineData("SELECT Id FROM User WHERE Id IN (SELECT UserId FROM OauthToken LIMIT 5)",
        "LIMIT", "MALFORMED_QUERY", "unexpected token: 'LIMIT'")]
    [InlineData("SELECT Id FROM User WHERE Id IN (SELECT UserId FROM OauthToken WHERE UseCount > 0 AND AppName = 'x' OR AppName = 'y')",
        "OR AppName", "MALFORMED_QUERY", "unexpected token: OR")]
    [InlineData("SELECT Id FROM User WHERE Id IN (SELECT Nope FROM OauthToken)",
        "Nope", "INVALID_FIELD", "No such column 'Nope' on entity 'OauthToken'.")]
    [InlineData("SELECT Id FROM User WHERE Id IN (SELECT UserId FROM OauthToken WHERE Nope = 1)",
        "Nope", "INVALID_FIELD", "No such column 'Nope' on entity 'OauthToken'.")]
    [InlineData("SELECT Id FROM User WHERE Id IN (SELECT Id FROM Nope)",
        "Nope", "INVALID_TYPE", "sObject type 'Nope' is not supported.")]
    public async Task Sub_selects_salesforce_refuses_are_refused(string soql, string at, string code, string explanation)
    {
        var (response, body) = await _client.Query(soql);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(body.EnumerateArray());
        Assert.Equal(code, error.GetProperty("errorCode").GetString());
        Assert.StartsWith(Report(soql, soql.IndexOf(at, StringComparison.Ordinal), explanation), error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("SELECT Id FROM User WHERE NOT Id IN (SELECT UserId FROM OauthToken)")]
    [InlineData("SELECT Id FROM User WHERE Name IN (SELECT UserId FROM OauthToken)")]
    [InlineData("SELECT Id FROM User WHERE Profile.Id IN (SELECT UserId FROM OauthToken)")]
    [InlineData("SELECT Id FROM User WHERE ManagerId IN (SELECT Id FROM User WHERE IsActive = true)")]
    [InlineData("SELECT Id FROM User WHERE Id IN (SELECT UserId FROM OauthToken) AND Id IN (SELECT UserId FROM UserLogin) AND Id NOT IN (SELECT UserId FROM LoginHistory)")]
    public async Task Other_semi_join_misuses_are_malformed(string soql)
    {
        var (response, body) = await _client.Query(soql);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MALFORMED_QUERY", body[0].GetProperty("errorCode").GetString());
        Assert.Contains("semi join sub", body[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_plain_in_list_still_works_next_to_a_semi_join()
    {
        var withGrants = await UsersWithGrants(_client);
        Assert.Equal(_server.Org.Users.Count(u => u.UserType is "Standard" or "Guest" && withGrants.Contains(u.Id)),
            await Count("UserType IN ('Standard', 'Guest') AND Id IN (SELECT UserId FROM OauthToken)"));
    }
}
