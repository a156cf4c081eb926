using ToriiSalesforce.Engine.Auth;

namespace ToriiSalesforce.Engine.Tests.Unit;

public class LoginHostsTests
{
    [Fact]
    public void Defaults_to_production_and_sandbox_uses_test_host()
    {
        Assert.Equal("https://login.salesforce.com/", LoginHosts.Resolve(null, false, null).ToString());
        Assert.Equal("https://test.salesforce.com/", LoginHosts.Resolve(null, true, null).ToString());
    }

    [Theory]
    [InlineData("acme", "https://acme.my.salesforce.com/")]
    [InlineData("acme--uat.sandbox.my.salesforce.com", "https://acme--uat.sandbox.my.salesforce.com/")]
    [InlineData("https://Acme.my.salesforce.com/some/path", "https://acme.my.salesforce.com/")]
    public void Domain_gives_my_domain_host(string domain, string expected)
    {
        Assert.Equal(expected, LoginHosts.Resolve(null, false, domain).ToString());
    }

    [Fact]
    public void More_than_one_host_choice_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => LoginHosts.Resolve("https://x.my.salesforce.com", true, null));
        Assert.Contains("only one", ex.Message);
    }

    [Theory]
    [InlineData("http://acme.my.salesforce.com")]
    [InlineData("not a url")]
    [InlineData("ftp://acme.my.salesforce.com")]
    public void Unsafe_or_malformed_login_urls_are_refused(string loginUrl)
    {
        Assert.Throws<ArgumentException>(() => LoginHosts.Resolve(loginUrl, false, null));
    }

    [Theory]
    [InlineData("acme/../x")]
    [InlineData("acme?x=1")]
    public void Domains_with_url_syntax_are_refused(string domain)
    {
        Assert.Throws<ArgumentException>(() => LoginHosts.Resolve(null, false, domain));
    }

    [Fact]
    public void Http_is_accepted_only_on_loopback()
    {
        Assert.Equal("http://127.0.0.1:5000/", LoginHosts.Resolve("http://127.0.0.1:5000", false, null).ToString());
    }
}
