using System.Text.Json;
using ToriiSalesforce.Engine.Diagnostics;
using ToriiSalesforce.Engine.Licenses;
using ToriiSalesforce.Engine.Rules;
using ToriiSalesforce.Engine.Tests.EmulatorTests;
using static ToriiSalesforce.Engine.Tests.Integration.EngineHarness;

namespace ToriiSalesforce.Engine.Tests.Integration;

/// <summary>
/// The licence catalogue against the emulator. Expected figures come from raw REST queries and from
/// the generated users, never from the engine itself.
/// </summary>
public class LicenseCatalogTests
{
    private static List<LicenseRecord> List(SalesforceSession session, LicenseKind kinds, bool includeExternal = false) =>
        session.Licenses.List(kinds, includeExternal, CancellationToken.None).ToList();

    private static async Task<List<JsonElement>> Raw(SalesforceEmulator.EmulatorServer server, string soql)
    {
        using var client = new EmulatorClient(server);
        var (_, page) = await client.Query(soql);
        return page.GetProperty("records").EnumerateArray().ToList();
    }

    [Fact]
    public async Task User_licences_carry_the_seats_a_raw_query_reports_and_external_ones_only_on_request()
    {
        await using var server = await StartAsync(users: 600);
        var session = await ConnectAsync(RefreshFlow(server));
        var raw = await Raw(server, "SELECT Name, LicenseDefinitionKey, Status, TotalLicenses, UsedLicenses FROM UserLicense");

        var supported = List(session, LicenseKind.UserLicense);
        var all = List(session, LicenseKind.UserLicense, includeExternal: true);

        Assert.Equal(raw.Count, all.Count);
        foreach (var row in raw)
        {
            var license = Assert.Single(all, l => l.Name == row.GetProperty("Name").GetString());
            var total = row.GetProperty("TotalLicenses").GetInt32();
            var used = row.GetProperty("UsedLicenses").GetInt32();
            Assert.Equal(LicenseKind.UserLicense, license.Kind);
            Assert.Equal(row.GetProperty("LicenseDefinitionKey").GetString(), license.Key);
            Assert.Equal(row.GetProperty("Status").GetString(), license.Status);
            Assert.Equal(total, license.Total);
            Assert.Equal(used, license.Used);
            Assert.Equal(total - used, license.Available);
            // Seats used are the active users holding the licence: the org's users must agree.
            Assert.Equal(server.Org.Users.Count(u => u.IsActive && u.LicenseName == license.Name), used);
        }

        Assert.Equal(new[] { "Salesforce", "Salesforce Platform" }, supported.Select(l => l.Name).OrderBy(n => n));
        var external = all.Where(l => !l.IsSupported).ToList();
        Assert.Equal(all.Count - 2, external.Count);
        Assert.All(external, l => Assert.False(string.IsNullOrWhiteSpace(l.SupportNote)));
    }

    [Fact]
    public async Task A_licence_and_its_users_are_judged_by_the_same_rule()
    {
        await using var server = await StartAsync(users: 600);
        var session = await ConnectAsync(RefreshFlow(server));
        var licenses = List(session, LicenseKind.UserLicense, includeExternal: true).ToDictionary(l => l.Name);

        foreach (var user in server.Org.Users)
        {
            var license = licenses[user.LicenseName];
            var rule = UserTypeRules.For(user.UserType);
            Assert.Equal(user.UserType, license.UserType);
            Assert.Equal(rule.IsSupported, license.IsSupported);
            Assert.Equal(rule.SupportNote, license.SupportNote);
        }
    }

    [Fact]
    public async Task Feature_licences_count_active_holders_and_have_no_total()
    {
        await using var server = await StartAsync(users: 600);
        var session = await ConnectAsync(RefreshFlow(server));
        var active = server.Org.Users.Where(u => u.IsActive).ToList();
        var expected = new Dictionary<string, int>
        {
            ["UserPermissionsSupportUser"] = active.Count(u => u.UserPermissionsSupportUser),
            ["UserPermissionsInteractionUser"] = active.Count(u => u.UserPermissionsInteractionUser),
            ["UserPermissionsLiveAgentUser"] = active.Count(u => u.UserPermissionsLiveAgentUser),
            ["UserPermissionsMarketingUser"] = active.Count(u => u.UserPermissionsMarketingUser),
            ["UserPermissionsMobileUser"] = active.Count(u => u.UserPermissionsMobileUser),
        };

        var features = List(session, LicenseKind.FeatureLicense);

        Assert.Equal(FeatureLicenseRules.All.Select(f => f.Name), features.Select(f => f.Name));
        foreach (var feature in features)
        {
            Assert.Equal(expected[feature.Key!], feature.Used);
            Assert.Null(feature.Total);
            Assert.Null(feature.Available);
        }
        Assert.All(expected.Values, count => Assert.True(count > 0, "the seed should give every feature licence some holders"));
    }

    [Fact]
    public async Task Permission_set_licences_are_read_as_they_are()
    {
        await using var server = await StartAsync(users: 100);
        var session = await ConnectAsync(RefreshFlow(server));
        var raw = await Raw(server, "SELECT MasterLabel, TotalLicenses, UsedLicenses, ExpirationDate FROM PermissionSetLicense");

        var psl = List(session, LicenseKind.PermissionSetLicense);

        Assert.Equal(raw.Count, psl.Count);
        foreach (var row in raw)
        {
            var license = Assert.Single(psl, l => l.Name == row.GetProperty("MasterLabel").GetString());
            Assert.Equal(row.GetProperty("TotalLicenses").GetInt32(), license.Total);
            Assert.Equal(row.GetProperty("UsedLicenses").GetInt32(), license.Used);
            // A date, read as midnight UTC on that day.
            Assert.Equal(row.GetProperty("ExpirationDate").GetString(), license.ExpirationDate!.Value.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(TimeSpan.Zero, license.ExpirationDate.Value.Offset);
        }
    }

    [Theory]
    [InlineData(150)]
    [InlineData(4000)]
    public async Task Every_kind_costs_four_requests_whatever_the_org_size(int users)
    {
        await using var server = await StartAsync(users);
        var session = await ConnectAsync(RefreshFlow(server));
        server.Requests.Clear();

        _ = List(session, LicenseKind.All, includeExternal: true);

        // User describe (field-level security), UserLicense, one aggregate of User, PermissionSetLicense.
        Assert.Equal(4, server.Requests.Entries.Count);
        Assert.Equal(1, server.Requests.QueryCalls("User"));
    }

    [Fact]
    public async Task A_hidden_feature_field_gives_unknown_use_and_a_warning_never_zero()
    {
        await using var server = await StartAsync(users: 200);
        server.Org.HideUserField("UserPermissionsLiveAgentUser");
        var session = await ConnectAsync(RefreshFlow(server));
        var log = new RecordingLog();

        List<LicenseRecord> features;
        using (EngineLog.Push(log)) features = List(session, LicenseKind.FeatureLicense);

        var chat = Assert.Single(features, f => f.Key == "UserPermissionsLiveAgentUser");
        Assert.Null(chat.Used);
        Assert.Contains("UserPermissionsLiveAgentUser", chat.SupportNote);
        var warning = Assert.Single(log.Warnings);
        Assert.Contains("UserPermissionsLiveAgentUser", warning);
        Assert.Contains("Set Field-Level Security", warning);
        Assert.All(features.Where(f => f != chat), f => Assert.NotNull(f.Used));
    }
}
