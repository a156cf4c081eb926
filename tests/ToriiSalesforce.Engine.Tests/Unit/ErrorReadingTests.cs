using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Engine.Tests.Unit;

public class ErrorReadingTests
{
    [Fact]
    public void Rest_error_array_gives_code_and_explanation_without_position_report()
    {
        var body = """[{"message":"\nSELECT Id, Foo FROM User\n           ^\nERROR at Row:1:Column:12\nNo such column 'Foo' on entity 'User'.","errorCode":"INVALID_FIELD"}]""";
        var (code, message) = SalesforceErrorReader.Parse(body, 400);
        Assert.Equal("INVALID_FIELD", code);
        Assert.Equal("No such column 'Foo' on entity 'User'.", message);
    }

    [Fact]
    public void OAuth_error_gives_error_and_description()
    {
        var (code, message) = SalesforceErrorReader.Parse("""{"error":"invalid_grant","error_description":"expired access/refresh token"}""", 400);
        Assert.Equal("invalid_grant", code);
        Assert.Equal("expired access/refresh token", message);
    }

    [Fact]
    public void Html_maintenance_page_falls_back_to_status()
    {
        var (code, _) = SalesforceErrorReader.Parse("<html>Down for maintenance</html>", 503);
        Assert.Equal("SERVER_UNAVAILABLE", code);
    }

    [Theory]
    [InlineData("REQUEST_LIMIT_EXCEEDED", 403, SalesforceErrorKind.LimitExceeded)]
    [InlineData("INVALID_SESSION_ID", 401, SalesforceErrorKind.Authentication)]
    [InlineData("INVALID_TYPE", 400, SalesforceErrorKind.PermissionDenied)]
    [InlineData("SOMETHING_NEW", 404, SalesforceErrorKind.NotFound)]
    public void Every_code_has_a_kind_and_advice(string code, int status, SalesforceErrorKind kind)
    {
        var ex = new SalesforceApiException(status, code, "m", ErrorRemediation.For(code, status));
        Assert.Equal(kind, ex.Kind);
        Assert.False(string.IsNullOrWhiteSpace(ex.Remediation));
    }

    [Fact]
    public void Limit_header_is_parsed_and_extra_items_ignored()
    {
        var usage = ApiUsage.Parse("api-usage=18/5000; per-app-api-usage=17/250(appName=sample-connected-app)", DateTimeOffset.UnixEpoch);
        Assert.NotNull(usage);
        Assert.Equal(18, usage!.Used);
        Assert.Equal(5000, usage.Max);
        Assert.Equal(4982, usage.Remaining);
        Assert.Null(ApiUsage.Parse("nonsense", DateTimeOffset.UnixEpoch));
    }
}
