using System.Management.Automation;
using SalesforceEmulator;
using ToriiSalesforce.Engine.Rules;
using ToriiSalesforce.Engine.Tests.Unit;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

/// <summary>
/// Every cmdlet against a connecting user who lacks one prerequisite, in one table: the admin gets an
/// error or a warning that names what is missing and gives the same Setup steps Test-ToriiSfPermission
/// gives (the text of <see cref="PrerequisiteRules"/>), never an empty or zero result passed off as the org's.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class MissingPermissionTests
{
    /// <summary>
    /// What one cmdlet gives without <paramref name="Removed"/> (system permissions taken away after connecting)
    /// or with <paramref name="HiddenField"/> hidden by field-level security: an error whose
    /// FullyQualifiedErrorId starts with <paramref name="ErrorId"/>, or (ErrorId null) a warning. Either way
    /// the text names <paramref name="Names"/> and carries <paramref name="Rule"/>'s remediation.
    /// </summary>
    private sealed record Expectation(string Script, string[] Removed, string? HiddenField, string? ErrorId, string Names, Prerequisite Rule);

    private static readonly string[] EventLogAccess = { "PermissionsViewEventLogFiles", "PermissionsViewAllData" };
    private static readonly string[] LoginHistoryAccess = { "PermissionsManageUsers", "PermissionsMonitorLoginHistory" };
    private static readonly string[] ApiEnabled = { "PermissionsApiEnabled" };
    private static readonly string[] ManageUsers = { "PermissionsManageUsers" };
    // Freeze Users alone lets a user freeze (salesforce-api.md 8.4); take both so only Manage Users can be missing.
    private static readonly string[] ManageAndFreezeUsers = { "PermissionsManageUsers", "PermissionsFreezeUsers" };
    private static readonly string[] None = Array.Empty<string>();

    private static readonly Dictionary<string, Expectation> Matrix = new()
    {
        ["Get-ToriiSfUser without Manage Users"] = new("Get-ToriiSfUser", ManageUsers, null, null, "Manage Users", PrerequisiteRules.ManageUsers),
        ["Get-ToriiSfUser with MarketingUser hidden"] = new("Get-ToriiSfUser", None, "UserPermissionsMarketingUser", null,
            "User.UserPermissionsMarketingUser", PrerequisiteRules.FieldAccess(FeatureLicenseRules.Marketing)),
        ["Get-ToriiSfUser without API Enabled"] = new("Get-ToriiSfUser", ApiEnabled, null, "API_CURRENTLY_DISABLED", "API Enabled", PrerequisiteRules.ApiEnabled),

        ["Get-ToriiSfLicense -Kind UserLicense without View Setup"] = new("Get-ToriiSfLicense -Kind UserLicense", new[] { "PermissionsViewSetup" }, null, "INVALID_TYPE",
            "View Setup and Configuration", PrerequisiteRules.ViewSetup),
        ["Get-ToriiSfLicense -Kind PermissionSetLicense without View Setup"] = new("Get-ToriiSfLicense -Kind PermissionSetLicense", new[] { "PermissionsViewSetup" }, null,
            "INVALID_TYPE", "View Setup and Configuration", PrerequisiteRules.ViewSetup),
        ["Get-ToriiSfLicense -Kind FeatureLicense with SupportUser hidden"] = new("Get-ToriiSfLicense -Kind FeatureLicense", None, "UserPermissionsSupportUser", null,
            "User.UserPermissionsSupportUser", PrerequisiteRules.FieldAccess(FeatureLicenseRules.ServiceCloud)),
        ["Get-ToriiSfLicense without API Enabled"] = new("Get-ToriiSfLicense", ApiEnabled, null, "API_CURRENTLY_DISABLED", "API Enabled", PrerequisiteRules.ApiEnabled),

        ["Get-ToriiSfOAuthApp without Customize Application"] = new("Get-ToriiSfOAuthApp", new[] { "PermissionsCustomizeApplication" }, null, null,
            "Customize Application", PrerequisiteRules.OAuthTokensOfAllUsers),
        ["Get-ToriiSfOAuthToken without Customize Application"] = new("Get-ToriiSfOAuthToken", new[] { "PermissionsCustomizeApplication" }, null, null,
            "Customize Application", PrerequisiteRules.OAuthTokensOfAllUsers),
        ["Get-ToriiSfOAuthToken without Manage Users"] = new("Get-ToriiSfOAuthToken", ManageUsers, null, null, "Manage Users", PrerequisiteRules.ManageUsers),
        ["Get-ToriiSfOAuthApp without API Enabled"] = new("Get-ToriiSfOAuthApp", ApiEnabled, null, "API_CURRENTLY_DISABLED", "API Enabled", PrerequisiteRules.ApiEnabled),
        ["Get-ToriiSfOAuthToken without API Enabled"] = new("Get-ToriiSfOAuthToken", ApiEnabled, null, "API_CURRENTLY_DISABLED", "API Enabled", PrerequisiteRules.ApiEnabled),
        ["Revoke-ToriiSfOAuthToken fed without Customize Application"] = new("Get-ToriiSfOAuthToken | Revoke-ToriiSfOAuthToken -WhatIf",
            new[] { "PermissionsCustomizeApplication" }, null, null, "Customize Application", PrerequisiteRules.OAuthTokensOfAllUsers),

        ["Get-ToriiSfUsage -Source LoginHistory without Manage Users or Monitor Login History"] = new("Get-ToriiSfUsage -Source LoginHistory", LoginHistoryAccess, null, null,
            "Monitor Login History", PrerequisiteRules.LoginHistoryQueryable),
        ["Get-ToriiSfUsage -Summary without Manage Users or Monitor Login History"] = new("Get-ToriiSfUsage -Summary -Source LoginHistory", LoginHistoryAccess, null, null,
            "Monitor Login History", PrerequisiteRules.LoginHistoryQueryable),
        ["Get-ToriiSfUsage -Source EventLogFile without View Event Log Files"] = new("Get-ToriiSfUsage -Source EventLogFile", EventLogAccess, null,
            "EVENT_LOG_FILES_NOT_ACCESSIBLE", "View Event Log Files", PrerequisiteRules.ViewEventLogFiles),
        ["Get-ToriiSfUsage -Summary -Source EventLogFile without View Event Log Files"] = new("Get-ToriiSfUsage -Summary -Source EventLogFile", EventLogAccess, null,
            "EVENT_LOG_FILES_NOT_ACCESSIBLE", "View Event Log Files", PrerequisiteRules.ViewEventLogFiles),
        ["Get-ToriiSfUsage -Summary without View Event Log Files"] = new("Get-ToriiSfUsage -Summary", EventLogAccess, null, null,
            "View Event Log Files", PrerequisiteRules.ViewEventLogFiles),
        ["Get-ToriiSfUsage -Source LoginHistory without API Enabled"] = new("Get-ToriiSfUsage -Source LoginHistory", ApiEnabled, null, "API_CURRENTLY_DISABLED",
            "API Enabled", PrerequisiteRules.ApiEnabled),
        ["Get-ToriiSfUsage -Source EventLogFile without API Enabled"] = new("Get-ToriiSfUsage -Source EventLogFile", ApiEnabled, null, "API_CURRENTLY_DISABLED",
            "API Enabled", PrerequisiteRules.ApiEnabled),

        ["Disable-ToriiSfUser without Manage Users"] = new("Disable-ToriiSfUser $Active -Confirm:$false", ManageUsers, null, "INSUFFICIENT_ACCESS_OR_READONLY",
            "Manage Users", PrerequisiteRules.ManageUsers),
        ["Enable-ToriiSfUser without Manage Users"] = new("Enable-ToriiSfUser $Inactive -Confirm:$false", ManageUsers, null, "INSUFFICIENT_ACCESS_OR_READONLY",
            "Manage Users", PrerequisiteRules.ManageUsers),
        ["Block-ToriiSfUser without Manage Users"] = new("Block-ToriiSfUser $Active -Confirm:$false", ManageAndFreezeUsers, null, "INVALID_TYPE",
            "Manage Users", PrerequisiteRules.ManageUsers),
        ["Unblock-ToriiSfUser without Manage Users"] = new("Unblock-ToriiSfUser $Frozen -Confirm:$false", ManageAndFreezeUsers, null, "INVALID_TYPE",
            "Manage Users", PrerequisiteRules.ManageUsers),
        ["Disable-ToriiSfUser without API Enabled"] = new("Disable-ToriiSfUser $Active -Confirm:$false", ApiEnabled, null, "API_CURRENTLY_DISABLED",
            "API Enabled", PrerequisiteRules.ApiEnabled),
        ["Block-ToriiSfUser without API Enabled"] = new("Block-ToriiSfUser $Active -Confirm:$false", ApiEnabled, null, "API_CURRENTLY_DISABLED",
            "API Enabled", PrerequisiteRules.ApiEnabled),
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in Matrix.Keys) data.Add(name);
        return data;
    }

    public MissingPermissionTests() => EmulatorFixture.DropCurrentConnection();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_missing_prerequisite_is_named_with_the_same_Setup_steps_as_Test_ToriiSfPermission(string name)
    {
        var expected = Matrix[name];
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 200);
        if (expected.HiddenField is { } field) server.Org.HideUserField(field);
        var variables = EmulatorFixture.VariablesFor(server);
        var others = server.Org.Users.Where(u => u.UserType == "Standard" && u.Id != server.AdminUserId).ToList();
        variables["Active"] = others.First(u => u.IsActive && !u.IsFrozen).Username;
        variables["Inactive"] = others.First(u => !u.IsActive).Username;
        variables["Frozen"] = others.First(u => u.IsActive && u.IsFrozen).Username;

        // Connected while the permissions were there, as when an admin removes one from a working integration user.
        var connect = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken.TrimEnd('\n') + " -Mode TakeAction", variables);
        Assert.Empty(connect.Errors);
        foreach (var permission in expected.Removed) server.Org.SetPermission(server.AdminUserId, permission, false);

        var result = PowerShellRunner.Run(expected.Script, variables);

        var errors = result.Errors.Concat(result.Thrown is IContainsErrorRecord thrown ? new[] { thrown.ErrorRecord } : Array.Empty<ErrorRecord>()).ToList();
        if (expected.ErrorId is { } errorId)
        {
            var error = Assert.Single(errors);
            Assert.StartsWith(errorId + ",", error.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
            Assert.Contains(expected.Names, error.ErrorDetails.Message, StringComparison.Ordinal);
            Assert.Contains(expected.Rule.Remediation, error.ErrorDetails.Message, StringComparison.Ordinal);
            Assert.Contains(expected.Rule.Remediation, error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
            return;
        }

        Assert.Empty(errors);
        Assert.Contains(result.Warnings, w => w.Contains(expected.Names, StringComparison.Ordinal) && w.Contains(expected.Rule.Remediation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_View_Setup_every_licence_kind_it_hides_is_an_error_and_feature_licences_still_come_out()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 200);
        var variables = EmulatorFixture.VariablesFor(server);
        var connect = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken, variables);
        Assert.Empty(connect.Errors);
        server.Org.SetPermission(server.AdminUserId, "PermissionsViewSetup", false);

        var result = PowerShellRunner.Run("Get-ToriiSfLicense", variables);

        Assert.Null(result.Thrown);
        var licences = result.Objects<License>();
        Assert.Equal(5, licences.Count);
        Assert.All(licences, l => Assert.Equal(LicenseKind.FeatureLicense, l.Kind));
        Assert.Equal(2, result.Errors.Count); // user licences, then permission-set licences
        Assert.All(result.Errors, e =>
        {
            Assert.StartsWith("INVALID_TYPE,", e.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Contains("View Setup and Configuration", e.ErrorDetails.Message, StringComparison.Ordinal);
            Assert.Contains(PrerequisiteRules.ViewSetup.Remediation, e.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
        });
        Assert.Equal(new object[] { LicenseKind.UserLicense, LicenseKind.PermissionSetLicense }, result.Errors.Select(e => e.TargetObject));
    }

    [Fact]
    public async Task Import_ToriiSfEventLog_reads_files_without_any_permission_or_warning()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 40);
        var connect = PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken, EmulatorFixture.VariablesFor(server));
        Assert.Empty(connect.Errors);
        foreach (var permission in server.Org.User(server.AdminUserId).Permissions.ToList()) server.Org.SetPermission(server.AdminUserId, permission, false);
        var before = server.Requests.Entries.Count;

        var result = PowerShellRunner.Run("Import-ToriiSfEventLog -LiteralPath $File",
            new Dictionary<string, object?> { ["File"] = RealData.Elf("sfdc_elf-Login-2015.csv") });

        Assert.Empty(result.Errors);
        Assert.Null(result.Thrown);
        Assert.Empty(result.Warnings);
        Assert.NotEmpty(result.Output);
        Assert.Equal(before, server.Requests.Entries.Count);
    }
}
