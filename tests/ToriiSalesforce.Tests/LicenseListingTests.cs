using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

/// <summary>
/// Get-ToriiSfLicense as an admin uses it, against the emulator. Expected figures come from raw REST
/// queries and from Get-ToriiSfUser, never from the cmdlet itself.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class LicenseListingTests
{
    private readonly EmulatorFixture _emulator;

    public LicenseListingTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        EmulatorFixture.DropCurrentConnection();
    }

    private ScriptResult Run(string script) => PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + script, _emulator.Variables);

    [Fact]
    public async Task User_and_permission_set_licences_agree_with_raw_queries()
    {
        var rawUser = await RawRest.Records(_emulator.Server, "SELECT Name, LicenseDefinitionKey, TotalLicenses, UsedLicenses FROM UserLicense");
        var rawPsl = await RawRest.Records(_emulator.Server, "SELECT MasterLabel, TotalLicenses, UsedLicenses FROM PermissionSetLicense");

        var result = Run("Get-ToriiSfLicense -Kind UserLicense, PermissionSetLicense -IncludeExternal");

        Assert.Empty(result.Errors);
        var licenses = result.Objects<License>();
        Assert.Equal(rawUser.Count + rawPsl.Count, licenses.Count);
        foreach (var row in rawUser)
        {
            var license = Assert.Single(licenses, l => l.Kind == LicenseKind.UserLicense && l.Name == row.GetProperty("Name").GetString());
            Assert.Equal(row.GetProperty("LicenseDefinitionKey").GetString(), license.Key);
            Assert.Equal(row.GetProperty("TotalLicenses").GetInt32(), license.Total);
            Assert.Equal(row.GetProperty("UsedLicenses").GetInt32(), license.Used);
            Assert.Equal(license.Total - license.Used, license.Available);
        }
        foreach (var row in rawPsl)
        {
            var license = Assert.Single(licenses, l => l.Kind == LicenseKind.PermissionSetLicense && l.Name == row.GetProperty("MasterLabel").GetString());
            Assert.Equal(row.GetProperty("TotalLicenses").GetInt32(), license.Total);
            Assert.Equal(row.GetProperty("UsedLicenses").GetInt32(), license.Used);
            Assert.NotNull(license.ExpirationDate);
        }
    }

    [Fact]
    public async Task Feature_licences_count_active_holders_and_leave_totals_empty()
    {
        var expected = new Dictionary<string, int>();
        foreach (var field in new[] { "UserPermissionsSupportUser", "UserPermissionsInteractionUser", "UserPermissionsLiveAgentUser", "UserPermissionsMarketingUser", "UserPermissionsMobileUser" })
            expected[field] = await RawRest.Count(_emulator.Server, $"SELECT COUNT() FROM User WHERE IsActive = true AND {field} = true");

        var result = Run("Get-ToriiSfLicense -Kind FeatureLicense");

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var features = result.Objects<License>();
        Assert.Equal(new[] { "Service Cloud", "Flow", "Chat", "Marketing", "Apex Mobile" }, features.Select(f => f.Name));
        foreach (var feature in features)
        {
            Assert.Equal(LicenseKind.FeatureLicense, feature.Kind);
            Assert.Equal(expected[feature.Key!], feature.Used);
            Assert.Null(feature.Total);
            Assert.Null(feature.Available);
        }
    }

    [Fact]
    public void Active_users_grouped_by_licence_agree_with_the_seats_used()
    {
        var result = Run(
            "$users = Get-ToriiSfUser -Active -IncludeExternal | Group-Object LicenseName -AsHashTable\n" +
            "Get-ToriiSfLicense -Kind UserLicense -IncludeExternal | ForEach-Object { '{0}|{1}|{2}' -f $_.Name, $_.Used, @($users[$_.Name]).Where({ $_ }).Count }");

        Assert.Empty(result.Errors);
        var lines = result.Output.Select(o => o.BaseObject.ToString()!.Split('|')).ToList();
        Assert.True(lines.Count >= 10);
        Assert.All(lines, l => Assert.Equal(l[1], l[2]));
        Assert.Contains(lines, l => l[1] != "0");
    }

    [Fact]
    public void External_licences_are_left_out_unless_asked_for_and_then_say_why()
    {
        var result = Run("Get-ToriiSfLicense -Kind UserLicense\n'---'\nGet-ToriiSfLicense -Kind UserLicense -IncludeExternal");

        Assert.Empty(result.Errors);
        var split = result.Output.Select(o => o.BaseObject).ToList().IndexOf("---");
        var supported = result.Output.Take(split).Select(o => (License)o.BaseObject).ToList();
        var all = result.Output.Skip(split + 1).Select(o => (License)o.BaseObject).ToList();
        Assert.Equal(new[] { "Salesforce", "Salesforce Platform" }, supported.Select(l => l.Name).OrderBy(n => n));
        Assert.All(supported, l => Assert.True(l.IsSupported));
        var external = all.Where(l => !l.IsSupported).ToList();
        Assert.Contains(external, l => l.Name == "Partner Community" && l.UserType == "PowerPartner");
        Assert.Contains(external, l => l.Name == "Chatter Free" && l.UserType == "CsnOnly");
        Assert.Contains(external, l => l.Name == "Guest User License" && l.UserType == "Guest");
        Assert.All(external, l => Assert.False(string.IsNullOrWhiteSpace(l.SupportNote)));
    }

    [Fact]
    public void A_licence_and_its_users_carry_the_same_support_decision_and_reason()
    {
        var result = Run(
            "$licences = Get-ToriiSfLicense -Kind UserLicense -IncludeExternal | Group-Object Name -AsHashTable\n" +
            "Get-ToriiSfUser -IncludeExternal | ForEach-Object { $l = $licences[$_.LicenseName]; '{0}|{1}|{2}|{3}' -f ($_.IsSupported -eq $l.IsSupported), ($_.SupportNote -eq $l.SupportNote), ($_.UserType -eq $l.UserType), $_.IsSupported }");

        Assert.Empty(result.Errors);
        var lines = result.Output.Select(o => o.BaseObject.ToString()!).ToList();
        Assert.Equal(_emulator.Server.Org.Users.Count, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("True|True|True|", l));
        Assert.Contains(lines, l => l.EndsWith("|False", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_feature_field_hidden_by_field_level_security_gives_a_warning_and_no_count()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync();
        server.Org.HideUserField("UserPermissionsSupportUser");

        var result = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfLicense -Kind FeatureLicense", EmulatorFixture.VariablesFor(server));

        Assert.Empty(result.Errors);
        var features = result.Objects<License>();
        var serviceCloud = Assert.Single(features, f => f.Name == "Service Cloud");
        Assert.Null(serviceCloud.Used);
        Assert.Null(serviceCloud.Total);
        Assert.All(features.Where(f => f.Name != "Service Cloud"), f => Assert.NotNull(f.Used));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("UserPermissionsSupportUser", warning);
        Assert.Contains("Set Field-Level Security", warning);
    }

    [Fact]
    public void Verbose_has_one_line_per_HTTP_call_without_the_query_string()
    {
        var result = Run("$before = (Get-ToriiSfContext).RequestsSent; Get-ToriiSfLicense -Verbose | Out-Null; (Get-ToriiSfContext).RequestsSent - $before");

        Assert.Empty(result.Errors);
        var calls = result.Verbose.Where(v => v.StartsWith("GET /services/", StringComparison.Ordinal)).ToList();
        Assert.Equal(Convert.ToInt64(result.Output.Last().BaseObject), calls.Count);
        Assert.All(calls, v => Assert.Matches(@"^GET /services/\S+: 200 OK \(\d+ ms\)$", v));
    }

    [Fact]
    public void An_unknown_kind_is_refused_with_the_kinds_there_are()
    {
        var result = Run("Get-ToriiSfLicense -Kind Seats");

        Assert.Empty(result.Objects<License>());
        var error = result.Thrown?.Message ?? Assert.Single(result.Errors).ToString();
        Assert.Contains("UserLicense, FeatureLicense, PermissionSetLicense", error);
    }
}
