using SalesforceEmulator;
using SalesforceEmulator.Org;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

/// <summary>
/// Test-ToriiSfPermission as an admin setting up an integration user meets it: a user holding every
/// prerequisite passes every check; take one away and exactly the matching check fails, naming the
/// features that suffer and the Setup steps that fix it.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class PermissionTests : IAsyncLifetime
{
    private static readonly string[] Granted =
    {
        "PermissionsViewSetup", "PermissionsViewEventLogFiles", "PermissionsManageUsers", "PermissionsCustomizeApplication",
    };

    private EmulatorServer _server = null!;
    private EmulatedUser _user = null!;
    private Dictionary<string, object?> _variables = null!;

    public async Task InitializeAsync()
    {
        EmulatorFixture.DropCurrentConnection();
        _server = await EmulatorFixture.StartPrivateAsync();
        // A standard user made into a proper integration user: generated ones hold API Enabled only.
        _user = _server.Org.Users.First(u => u.IsActive && u.UserType == "Standard" && u.Id != _server.AdminUserId);
        foreach (var permission in Granted) _server.Org.SetPermission(_user.Id, permission, true);
        _variables = EmulatorFixture.VariablesFor(_server);
        _variables["RefreshTokenText"] = _server.CreateSession(_user.Id).RefreshToken;
    }

    public async Task DisposeAsync()
    {
        EmulatorFixture.DropCurrentConnection();
        await _server.DisposeAsync();
    }

    /// <summary>Connects as the integration user, lets <paramref name="change"/> take something away, then runs the checks and -Quiet.</summary>
    private (List<PermissionCheck> Checks, bool Quiet, int Requests) Check(Action? change = null)
    {
        var connect = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken, _variables);
        Assert.Empty(connect.Errors);
        change?.Invoke();

        var before = _server.Requests.Entries.Count;
        var result = PowerShellRunner.Run("Test-ToriiSfPermission");
        var requests = _server.Requests.Entries.Count - before;
        Assert.Empty(result.Errors);
        var quiet = PowerShellRunner.Run("Test-ToriiSfPermission -Quiet");
        Assert.Empty(quiet.Errors);
        return (result.Objects<PermissionCheck>(), (bool)Assert.Single(quiet.Output).BaseObject, requests);
    }

    private static PermissionCheck Failed(List<PermissionCheck> checks, string name)
    {
        var failed = checks.Where(c => !c.Passed).ToList();
        var check = Assert.Single(failed, c => c.Name == name);
        Assert.False(string.IsNullOrEmpty(check.AffectedFeatures), $"{name} names no affected feature");
        Assert.False(string.IsNullOrEmpty(check.Remediation), $"{name} has no remediation");
        return check;
    }

    [Fact]
    public void A_user_holding_every_prerequisite_passes_every_check_with_a_handful_of_API_calls()
    {
        var (checks, quiet, requests) = Check();

        Assert.True(quiet);
        Assert.All(checks, c => Assert.True(c.Passed, $"{c.Name}: {c.Detail}"));
        Assert.All(checks, c => Assert.Equal("", c.Remediation));
        var names = checks.Select(c => c.Name).ToList();
        foreach (var expected in new[]
                 {
                     "API Enabled", "View Setup and Configuration", "View Event Log Files or View All Data",
                     "Read access to User.UserPermissionsMobileUser", "Read access to User.UserPermissionsMarketingUser",
                     "Read access to User.UserPermissionsLiveAgentUser", "Read access to User.UserPermissionsInteractionUser",
                     "Read access to User.UserPermissionsSupportUser", "EventLogFile can be queried", "LoginHistory of all users can be queried",
                     "User type is not a Customer Portal user", "OAuth tokens of all users are visible (Customize Application)",
                     "Daily API requests remaining",
                 })
            Assert.Contains(expected, names);
        Assert.Contains(checks, c => c.Name == "Daily API requests remaining" && c.Detail.Contains(" of 15000 daily API requests remain"));
        // The help promises at most six.
        Assert.InRange(requests, 1, 6);
    }

    [Fact]
    public void Without_View_Setup_that_check_fails_with_the_permission_set_steps()
    {
        var (checks, quiet, _) = Check(() => _server.Org.SetPermission(_user.Id, "PermissionsViewSetup", false));

        Assert.False(quiet);
        var check = Failed(checks, "View Setup and Configuration");
        Assert.True(check.Required);
        Assert.Contains("Get-ToriiSfLicense", check.AffectedFeatures);
        Assert.Equal("Setup > Permission Sets > the connecting user's permission set > System Permissions > Edit > enable View Setup and Configuration > Save.", check.Remediation);
        Assert.Single(checks, c => !c.Passed);
        // /limits needs View Setup; the allocation still comes from the response header.
        Assert.Contains(checks, c => c.Name == "Daily API requests remaining" && c.Passed && c.Detail.Contains("header"));
    }

    [Fact]
    public void Without_View_Event_Log_Files_or_View_All_Data_the_permission_and_the_EventLogFile_query_fail()
    {
        var (checks, quiet, _) = Check(() => _server.Org.SetPermission(_user.Id, "PermissionsViewEventLogFiles", false));

        Assert.False(quiet);
        var permission = Failed(checks, "View Event Log Files or View All Data");
        Assert.Contains("enable View Event Log Files", permission.Remediation);
        Assert.Contains("Get-ToriiSfUsage -Source EventLogFile", permission.AffectedFeatures);
        var query = Failed(checks, "EventLogFile can be queried");
        Assert.Contains("INVALID_TYPE", query.Detail);
        Assert.Equal(2, checks.Count(c => !c.Passed));
    }

    [Fact]
    public void View_All_Data_stands_in_for_View_Event_Log_Files()
    {
        var (checks, quiet, _) = Check(() =>
        {
            _server.Org.SetPermission(_user.Id, "PermissionsViewEventLogFiles", false);
            _server.Org.SetPermission(_user.Id, "PermissionsViewAllData", true);
        });

        Assert.True(quiet);
        Assert.Contains(checks, c => c.Name == "View Event Log Files or View All Data" && c.Passed && c.Detail.Contains("View All Data"));
    }

    [Fact]
    public void Without_Manage_Users_LoginHistory_holds_only_the_users_own_logins_and_that_check_fails()
    {
        var (checks, quiet, _) = Check(() => _server.Org.SetPermission(_user.Id, "PermissionsManageUsers", false));

        Assert.False(quiet);
        var loginHistory = Failed(checks, "LoginHistory of all users can be queried");
        Assert.True(loginHistory.Required);
        Assert.Contains("own logins", loginHistory.Detail);
        Assert.Contains("enable Manage Users (or Monitor Login History)", loginHistory.Remediation);
        var manageUsers = Failed(checks, "Manage Users");
        Assert.False(manageUsers.Required);
        Assert.Equal(2, checks.Count(c => !c.Passed));
    }

    [Fact]
    public void Monitor_Login_History_is_enough_for_LoginHistory()
    {
        var (checks, _, _) = Check(() =>
        {
            _server.Org.SetPermission(_user.Id, "PermissionsManageUsers", false);
            _server.Org.SetPermission(_user.Id, "PermissionsMonitorLoginHistory", true);
        });

        Assert.Contains(checks, c => c.Name == "LoginHistory of all users can be queried" && c.Passed);
    }

    [Fact]
    public void Without_Customize_Application_only_own_OAuth_tokens_are_visible_which_is_optional()
    {
        var (checks, quiet, _) = Check(() => _server.Org.SetPermission(_user.Id, "PermissionsCustomizeApplication", false));

        // Optional: the module still works, so -Quiet still says True.
        Assert.True(quiet);
        var check = Failed(checks, "OAuth tokens of all users are visible (Customize Application)");
        Assert.False(check.Required);
        Assert.Contains("Get-ToriiSfOAuthApp", check.AffectedFeatures);
        Assert.Contains("enable Customize Application", check.Remediation);
    }

    [Theory]
    [InlineData("UserPermissionsMobileUser", "Apex Mobile")]
    [InlineData("UserPermissionsMarketingUser", "Marketing")]
    [InlineData("UserPermissionsLiveAgentUser", "Chat")]
    [InlineData("UserPermissionsInteractionUser", "Flow")]
    [InlineData("UserPermissionsSupportUser", "Service Cloud")]
    public void A_feature_licence_field_hidden_by_field_level_security_fails_its_read_access_check(string field, string feature)
    {
        var (checks, quiet, _) = Check(() => _server.Org.HideUserField(field));

        Assert.False(quiet);
        var check = Failed(checks, "Read access to User." + field);
        Assert.StartsWith(feature + " feature licence", check.AffectedFeatures);
        Assert.Contains("Set Field-Level Security", check.Remediation);
        Assert.Single(checks, c => !c.Passed);
    }

    [Fact]
    public void Without_API_Enabled_the_one_failed_check_says_so()
    {
        var (checks, quiet, _) = Check(() => _server.Org.SetPermission(_user.Id, "PermissionsApiEnabled", false));

        Assert.False(quiet);
        var check = Assert.Single(checks);
        Assert.Equal("API Enabled", check.Name);
        Assert.False(check.Passed);
        Assert.Contains("API_CURRENTLY_DISABLED", check.Detail);
        Assert.Contains("enable API Enabled", check.Remediation);
    }

    [Fact]
    public void An_almost_used_up_daily_API_allocation_fails_its_check()
    {
        var (checks, quiet, _) = Check(() => _server.Faults.SpendApiRequests(14_600));

        Assert.False(quiet);
        var check = Failed(checks, "Daily API requests remaining");
        Assert.Contains("of 15000 daily API requests remain", check.Detail);
        Assert.Contains("API Requests, Last 24 Hours", check.Remediation);
    }

    [Fact]
    public void Without_a_connection_it_says_to_connect_first()
    {
        var result = PowerShellRunner.Run("Test-ToriiSfPermission -Quiet");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("NotConnected,", error.FullyQualifiedErrorId);
        Assert.Empty(result.Output);
    }
}
