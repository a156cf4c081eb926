using System.Text.Json;
using ToriiSalesforce.Engine.Query;

namespace ToriiSalesforce.Engine.Tests.Unit;

public class SalesforceJsonTests
{
    private static JsonElement Record(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Rest_datetime_without_colon_in_offset_parses_to_utc()
    {
        var value = SalesforceJson.ParseDateTime("2013-05-20T20:49:32.000+0000");
        Assert.Equal(new DateTimeOffset(2013, 5, 20, 20, 49, 32, TimeSpan.Zero), value);
        Assert.Equal(TimeSpan.Zero, value!.Value.Offset);
    }

    [Fact]
    public void Relationship_path_reads_nested_parent_and_null_parent()
    {
        var r = Record("""{"Profile":{"attributes":{"type":"Profile"},"Name":"System Administrator","UserLicense":{"Name":"Salesforce","LicenseDefinitionKey":"SFDC"}},"Manager":null}""");
        Assert.Equal("SFDC", SalesforceJson.String(r, "Profile.UserLicense.LicenseDefinitionKey"));
        Assert.Null(SalesforceJson.String(r, "Manager.Name"));
        Assert.Null(SalesforceJson.String(r, "Missing"));
    }

    [Fact]
    public void Booleans_and_missing_values()
    {
        var r = Record("""{"IsActive":true,"UserPermissionsMarketingUser":false,"LastLoginDate":null}""");
        Assert.True(SalesforceJson.Bool(r, "IsActive"));
        Assert.False(SalesforceJson.Bool(r, "UserPermissionsMarketingUser"));
        Assert.Null(SalesforceJson.DateTime(r, "LastLoginDate"));
    }
}
