namespace ToriiSalesforce.Engine.Auth;

/// <summary>
/// Turns -LoginUrl, -Sandbox and -Domain into the OAuth host. Sandbox and My Domain change the login
/// host only; data calls always go to the instance_url Salesforce returns.
/// </summary>
public static class LoginHosts
{
    public static readonly Uri Production = new("https://login.salesforce.com");
    public static readonly Uri Sandbox = new("https://test.salesforce.com");

    /// <summary>Resolves the login host. At most one of the three may be given.</summary>
    /// <param name="loginUrl">Any https URL (http only for loopback, which the emulator and tests use).</param>
    /// <param name="sandbox">test.salesforce.com.</param>
    /// <param name="domain">A My Domain name ("acme" gives https://acme.my.salesforce.com) or a full host
    /// such as "acme--uat.sandbox.my.salesforce.com", which enhanced-domain sandboxes need.</param>
    public static Uri Resolve(string? loginUrl, bool sandbox, string? domain)
    {
        var given = (string.IsNullOrWhiteSpace(loginUrl) ? 0 : 1) + (sandbox ? 1 : 0) + (string.IsNullOrWhiteSpace(domain) ? 0 : 1);
        if (given > 1)
            throw new ArgumentException("Give only one of -LoginUrl, -Sandbox and -Domain: each names the login host.");

        if (!string.IsNullOrWhiteSpace(loginUrl)) return ValidateUrl(loginUrl!, "-LoginUrl");
        if (sandbox) return Sandbox;
        if (!string.IsNullOrWhiteSpace(domain)) return FromDomain(domain!.Trim());
        return Production;
    }

    /// <summary>Checks that a login or instance URL is absolute https (or http on loopback).</summary>
    public static Uri ValidateUrl(string url, string parameterName)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"{parameterName} '{url}' is not an absolute URL. Give one such as https://acme.my.salesforce.com.");
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            throw new ArgumentException($"{parameterName} '{url}' uses http. Salesforce needs https; http is accepted only for a loopback address (a local emulator).");
        // Only the origin matters: paths are appended by the engine.
        return new Uri(uri.GetLeftPart(UriPartial.Authority));
    }

    private static Uri FromDomain(string domain)
    {
        if (domain.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || domain.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return ValidateUrl(domain, "-Domain");
        foreach (var c in domain)
        {
            if (!(char.IsLetterOrDigit(c) || c == '-' || c == '.'))
                throw new ArgumentException($"-Domain '{domain}' is not a My Domain name. Give the name (acme) or the host (acme--uat.sandbox.my.salesforce.com).");
        }
        var host = domain.Contains(".") ? domain : domain + ".my.salesforce.com";
        return new Uri("https://" + host.ToLowerInvariant());
    }
}
