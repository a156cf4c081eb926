using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class FieldSecurityTests
{
    public FieldSecurityTests() => EmulatorFixture.DropCurrentConnection();

    [Fact]
    public async Task A_feature_licence_hidden_by_field_level_security_is_empty_not_False_and_a_warning_says_how_to_fix_it()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync();
        server.Org.HideUserField("UserPermissionsMarketingUser");

        var result = PowerShellRunner.Run(
            EmulatorFixture.ConnectWithRefreshToken + "Get-ToriiSfUser",
            EmulatorFixture.VariablesFor(server));

        Assert.Empty(result.Errors);
        var users = result.Objects<User>();
        Assert.NotEmpty(users);
        Assert.All(users, u => Assert.Null(u.MarketingUser));
        Assert.All(users, u => Assert.NotNull(u.ServiceCloudUser));
        var warning = Assert.Single(result.Warnings, w => w.Contains("UserPermissionsMarketingUser"));
        Assert.Contains("Field-Level Security", warning);
    }
}
