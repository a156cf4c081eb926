using ToriiSalesforce.Engine.OAuthApps;
using ToriiSalesforce.Engine.Rules;

namespace ToriiSalesforce.Engine.Tests.Unit;

public class LicenseAndAppRulesTests
{
    [Theory]
    [InlineData("SFDC", "Salesforce", "Standard")]
    [InlineData("AUL", "Salesforce Platform", "Standard")]
    [InlineData("PID_Partner_Community", "Partner Community", "PowerPartner")]
    [InlineData("PID_Partner_Community_Login", "Partner Community Login", "PowerPartner")]
    [InlineData("PID_STRATEGIC_PRM", "Gold Partner", "PowerPartner")]
    [InlineData("PID_Customer_Community", "Customer Community", "CspLitePortal")]
    [InlineData("PID_Customer_Community_Login", "Customer Community Login", "CspLitePortal")]
    [InlineData("PID_Customer_Community_Plus", "Customer Community Plus", "PowerCustomerSuccess")]
    [InlineData("PID_Customer_Community_Plus_Login", "Customer Community Plus Login", "PowerCustomerSuccess")]
    [InlineData("POWER_SSP", "Customer Portal Manager Standard", "PowerCustomerSuccess")]
    [InlineData("PID_Customer_Portal_Standard", "Customer Portal", "CustomerSuccess")]
    [InlineData("PID_CHATTER", "Chatter Only", "CsnOnly")]
    [InlineData(null, "Chatter Free", "CsnOnly")]
    [InlineData(null, "Chatter External", "CsnOnly")]
    [InlineData(null, "Guest User License", "Guest")]
    [InlineData(null, "Customer Community Plus Login", "PowerCustomerSuccess")]
    [InlineData(null, "Customer Portal Manager Custom", "PowerCustomerSuccess")]
    [InlineData(null, "High Volume Customer Portal", "CspLitePortal")]
    [InlineData(null, "Authenticated Website", "CspLitePortal")]
    [InlineData(null, "Gold Partner", "PowerPartner")]
    [InlineData(null, "Salesforce Integration", "Standard")]
    [InlineData("SFDC", "Salesforce Partner Edition", "Standard")]
    [InlineData("PID_IDEAS", "Ideas Only", "Standard")]
    [InlineData("PID_Ideas_Only_Portal", "Ideas Only Portal", "CustomerSuccess")]
    public void A_licence_lands_on_the_user_type_row_of_the_users_it_is_for(string? key, string name, string userType)
    {
        var rule = UserTypeRules.ForLicense(key, name);
        Assert.Equal(userType, rule.UserType);
        // The same row as the users': same support decision, same reason, word for word.
        Assert.Same(UserTypeRules.For(userType), rule);
        Assert.Equal(userType == "Standard", rule.IsSupported);
        if (!rule.IsSupported) Assert.False(string.IsNullOrWhiteSpace(rule.SupportNote));
    }

    [Theory]
    [InlineData("Salesforce for iOS", true)]
    [InlineData("salesforce cli", true)]
    [InlineData("Dataloader Partner", true)]
    [InlineData("Salesforce for Outlook", true)]
    [InlineData("Zapier", false)]
    [InlineData("Workbench", false)]
    [InlineData("", false)]
    public void Salesforce_owned_clients_are_flagged(string app, bool owned)
    {
        Assert.Equal(owned, SalesforceOwnedApps.Contains(app));
    }

    [Fact]
    public void Grants_up_to_the_cap_are_read_in_one_query_and_beyond_it_in_windows()
    {
        Assert.Single(OAuthAppInventory.Windows(2500));
        var windows = OAuthAppInventory.Windows(20_000).ToList();
        Assert.Equal(8, windows.Count);
        Assert.EndsWith("LIMIT 2500 OFFSET 0", windows[0]);
        Assert.EndsWith("LIMIT 2500 OFFSET 17500", windows[^1]);
        Assert.All(windows, w => Assert.Contains("ORDER BY CreatedDate, UserId, AppName", w));
    }
}
