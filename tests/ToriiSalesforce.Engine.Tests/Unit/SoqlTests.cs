using ToriiSalesforce.Engine.Query;

namespace ToriiSalesforce.Engine.Tests.Unit;

public class SoqlTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("o'brien@acme.com", @"'o\'brien@acme.com'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("line\nbreak", @"'line\nbreak'")]
    public void Quote_escapes_what_would_change_the_query(string value, string expected)
    {
        Assert.Equal(expected, Soql.Quote(value));
    }

    [Fact]
    public void DateTime_literal_is_unquoted_utc()
    {
        var local = new DateTimeOffset(2024, 1, 2, 5, 4, 5, TimeSpan.FromHours(2));
        Assert.Equal("2024-01-02T03:04:05Z", Soql.DateTime(local));
    }

    [Fact]
    public void InList_quotes_each_value()
    {
        Assert.Equal("('Standard', 'It\\'s')", Soql.InList(new[] { "Standard", "It's" }));
    }
}
