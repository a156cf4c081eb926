using ToriiSalesforce.Engine.Auth;
using ToriiSalesforce.Engine.Rules;

namespace ToriiSalesforce.Engine.Tests.Unit;

public class UserTypeRulesTests
{
    [Theory]
    [InlineData("Standard", true)]
    [InlineData("PowerPartner", false)]
    [InlineData("PowerCustomerSuccess", false)]
    [InlineData("CustomerSuccess", false)]
    [InlineData("CspLitePortal", false)]
    [InlineData("CSPLitePortal", false)]
    [InlineData("CsnOnly", false)]
    [InlineData("Guest", false)]
    [InlineData("SomethingNew", false)]
    public void Only_internal_standard_users_are_supported_and_others_say_why(string userType, bool supported)
    {
        var rule = UserTypeRules.For(userType);
        Assert.Equal(supported, rule.IsSupported);
        if (!supported) Assert.False(string.IsNullOrWhiteSpace(rule.SupportNote));
    }

    [Theory]
    [InlineData("STANDARD", "Standard")]
    [InlineData("CSP_LITE_PORTAL", "CspLitePortal")]
    [InlineData("POWER_CUSTOMER_SUCCESS", "PowerCustomerSuccess")]
    [InlineData("CSN_ONLY", "CsnOnly")]
    public void Identity_user_types_map_to_user_object_spelling(string identity, string expected)
    {
        Assert.Equal(expected, UserTypeRules.FromIdentityUserType(identity));
    }

    [Fact]
    public void Customer_portal_types_are_flagged()
    {
        Assert.True(UserTypeRules.For("CustomerSuccess").IsCustomerPortal);
        Assert.True(UserTypeRules.For("PowerCustomerSuccess").IsCustomerPortal);
        Assert.False(UserTypeRules.For("Standard").IsCustomerPortal);
    }

    [Fact]
    public void The_five_feature_licences_map_to_their_checkboxes()
    {
        Assert.Equal(
            new[] { "UserPermissionsSupportUser", "UserPermissionsInteractionUser", "UserPermissionsLiveAgentUser", "UserPermissionsMarketingUser", "UserPermissionsMobileUser" },
            FeatureLicenseRules.All.Select(f => f.UserField));
    }

    [Fact]
    public void Secret_never_prints_its_value()
    {
        var secret = new Secret("00Dx0000000BV7z!AR8AQAxo9supersecret");
        Assert.Equal("***", secret.ToString());
        Assert.DoesNotContain("supersecret", $"{secret}");
        Assert.DoesNotContain("supersecret", System.Text.Json.JsonSerializer.Serialize(new { secret }));
    }
}
