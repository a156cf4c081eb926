using ToriiSalesforce.Engine.OAuthApps;
using ToriiSalesforce.Engine.Rules;

namespace ToriiSalesforce.Engine.Tests.Unit;

public class LicenseAndAppRulesTests
{
    [Theory]
    [InlineData("SFDC", "Salesforce", true, "Standard")]
    [InlineData("AUL", "Salesforce Platform", true, "Standard")]
    [InlineData("PID_Partner_Community", "Partner Community", false, "Partner Community")]
    [InlineData("PID_Partner_Community_Login", "Partner Community Login", false, "Partner Community")]
    [InlineData("PID_Customer_Community", "Customer Community", false, "Customer Community")]
    [InlineData("PID_Customer_Community_Plus_Login", "Customer Community Plus Login", false, "Customer Community Plus")]
    [InlineData("POWER_SSP", "Customer Portal Manager Standard", false, "Customer Portal Manager")]
    [InlineData("PID_Customer_Portal_Standard", "Customer Portal", false, "Customer Portal User")]
    [InlineData("PID_CHATTER", "Chatter Only", false, "Chatter")]
    [InlineData(null, "Chatter Free", false, "Chatter")]
    [InlineData(null, "Chatter External", false, "Chatter")]
    [InlineData(null, "Guest User License", false, "Guest")]
    [InlineData(null, "High Volume Customer Portal", false, "Customer Portal User")]
    [InlineData(null, "Gold Partner", false, "Partner Community")]
    [InlineData(null, "Salesforce Integration", true, "Standard")]
    public void External_licences_are_recognised_not_counted_as_standard(string? key, string name, bool supported, string category)
    {
        var rule = LicenseRules.For(key, name);
        Assert.Equal(supported, rule.IsSupported);
        Assert.Equal(category, rule.Category);
        if (!supported) Assert.Contains("not count", rule.SupportNote);
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
