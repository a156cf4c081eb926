using System.Text.Json;

namespace ToriiSalesforce.Engine.Auth;

/// <summary>The fields of a successful token response this module uses (salesforce-api.md 1.9).</summary>
internal sealed class TokenResponse
{
    public Secret AccessToken { get; private set; } = null!;
    public Secret? RefreshToken { get; private set; }
    public Uri InstanceUrl { get; private set; } = null!;
    public string? IdentityUrl { get; private set; }
    public DateTimeOffset? IssuedAt { get; private set; }

    public static TokenResponse Parse(JsonElement root)
    {
        string? Get(string name) => root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

        var access = Get("access_token");
        var instance = Get("instance_url");
        if (string.IsNullOrEmpty(access) || string.IsNullOrEmpty(instance))
            throw new FormatException("The token response has no access_token or instance_url.");

        DateTimeOffset? issued = null;
        // issued_at is milliseconds since the epoch, as a string (all real responses are 13 digits).
        if (long.TryParse(Get("issued_at"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms))
            issued = DateTimeOffset.FromUnixTimeMilliseconds(ms);

        var refresh = Get("refresh_token");
        return new TokenResponse
        {
            AccessToken = new Secret(access!),
            RefreshToken = string.IsNullOrEmpty(refresh) ? null : new Secret(refresh!),
            InstanceUrl = new Uri(instance!),
            IdentityUrl = Get("id"),
            IssuedAt = issued,
        };
    }
}
