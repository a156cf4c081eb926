using System.Text.Json;
using ToriiSalesforce.Engine.Auth;
using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Rules;

namespace ToriiSalesforce.Engine;

/// <summary>
/// Opens a <see cref="SalesforceSession"/>: obtains a token by the chosen flow, checks it against the
/// UserInfo endpoint, refuses user types this module cannot work as, and settles the API version.
/// </summary>
public static class SalesforceConnector
{
    /// <summary>The newest REST API version this module was written against; newer orgs are used at this version.</summary>
    public const string NewestKnownApiVersion = "66.0";

    public static async Task<SalesforceSession> ConnectAsync(ConnectOptions options, CancellationToken cancellationToken)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        var pipeline = ResiliencePipelineFactory.Create(options.Resilience);
        var (tokens, loginUrl) = await TokenProviders.CreateAsync(options, pipeline, cancellationToken).ConfigureAwait(false);

        var http = new SalesforceHttpClient(tokens, pipeline);
        var first = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        Diagnostics.EngineLog.Verbose($"Checking the connection at {first.InstanceUrl.Host} through the UserInfo endpoint.");

        string userId, orgId, username, userType;
        using (var info = await http.GetJsonAsync("/services/oauth2/userinfo", "Checking the connection (UserInfo)", null, cancellationToken).ConfigureAwait(false))
        {
            var root = info.RootElement;
            userId = Text(root, "user_id");
            orgId = Text(root, "organization_id");
            username = Text(root, "preferred_username");
            userType = UserTypeRules.FromIdentityUserType(Text(root, "user_type"));
        }

        var rule = UserTypeRules.For(userType);
        if (!rule.IsSupported)
        {
            throw new SalesforceApiException(403, "UNSUPPORTED_USER_TYPE",
                $"The user {username} is a {rule.Label} user (user type {userType}); this module works only as {UserTypeRules.ConnectableTypesText}. Customer Portal, community, partner, Chatter-only and guest users cannot read the org's users, licences and logs.",
                ErrorRemediation.For("UNSUPPORTED_USER_TYPE", 403));
        }

        var apiVersion = await ChooseApiVersionAsync(http, options.ApiVersion, cancellationToken).ConfigureAwait(false);
        var instance = (await tokens.GetAsync(cancellationToken).ConfigureAwait(false)).InstanceUrl;
        Diagnostics.EngineLog.Verbose($"Connected to org {orgId} as {username} ({userType}), API v{apiVersion}, {options.Mode}.");
        return new SalesforceSession(http, instance, loginUrl, orgId, userId, username, userType, apiVersion, options.Mode);
    }

    private static async Task<string> ChooseApiVersionAsync(SalesforceHttpClient http, string? wanted, CancellationToken cancellationToken)
    {
        using var doc = await http.GetJsonAsync("/services/data/", "Listing the org's API versions", null, cancellationToken).ConfigureAwait(false);
        var offered = doc.RootElement.EnumerateArray()
            .Select(v => v.TryGetProperty("version", out var p) ? p.GetString() : null)
            .Where(v => v is not null)
            .Select(v => v!)
            .ToList();

        if (wanted is not null)
        {
            var normalized = wanted.TrimStart('v', 'V');
            if (!offered.Contains(normalized))
                throw new ArgumentException($"The org does not offer API version {wanted}. It offers {offered.FirstOrDefault()} to {offered.LastOrDefault()}.");
            return normalized;
        }

        var newestKnown = Version.Parse(NewestKnownApiVersion);
        var choice = offered
            .Select(v => (Text: v, Parsed: Version.TryParse(v, out var parsed) ? parsed : null))
            .Where(v => v.Parsed is not null && v.Parsed <= newestKnown)
            .OrderBy(v => v.Parsed)
            .LastOrDefault();
        if (choice.Text is null)
            throw new SalesforceApiException(0, "NO_COMMON_API_VERSION", $"The org offers no REST API version up to {NewestKnownApiVersion}.", "Pass -ApiVersion with a version the org offers.");
        return choice.Text;
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
