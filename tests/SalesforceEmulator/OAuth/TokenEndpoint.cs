using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SalesforceEmulator.Rest;

namespace SalesforceEmulator.OAuth;

/// <summary>
/// POST /services/oauth2/token: one handler per grant type, the success body of salesforce-api.md 1.9
/// (issued_at in milliseconds, no expires_in) and the error bodies of 1.10.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> Handle(HttpContext context, EmulatorState state)
    {
        if (!context.Request.HasFormContentType) return ErrorBodies.OAuth(400, "invalid_request", "must use application/x-www-form-urlencoded");
        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        string? F(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;

        if (F("response_type") == "device_code") return state.OAuthFlows.StartDevice(F("client_id"), state);

        return F("grant_type") switch
        {
            "refresh_token" => Refresh(F, state),
            "authorization_code" => state.OAuthFlows.ExchangeCode(F, state),
            "device" => state.OAuthFlows.PollDevice(F, state),
            "urn:ietf:params:oauth:grant-type:jwt-bearer" => state.OAuthFlows.JwtBearer(F, state),
            "client_credentials" => state.OAuthFlows.ClientCredentials(F, state),
            null or "" => ErrorBodies.OAuth(400, "invalid_request", "grant type not supported"),
            _ => ErrorBodies.OAuth(400, "unsupported_grant_type", "grant type not supported"),
        };
    }

    private static IResult Refresh(Func<string, string?> f, EmulatorState state)
    {
        if (CheckClient(f("client_id"), f("client_secret"), state, requireSecret: state.Options.RequireClientSecret) is { } bad) return bad;
        var token = f("refresh_token");
        var userId = token is null ? null : state.Sessions.UserOfRefresh(token);
        if (userId is null) return ErrorBodies.OAuth(400, "invalid_grant", "expired access/refresh token");
        if (!state.Org.User(userId).IsActive) return ErrorBodies.OAuth(400, "inactive_user", "user is inactive");

        string? rotated = null;
        if (state.Options.RotateRefreshTokens)
        {
            state.Sessions.RevokeRefresh(token!);
            rotated = state.Sessions.IssueRefresh(userId);
        }
        return Success(state, userId, rotated, "refresh_token api id", issuedFrom: rotated ?? token);
    }

    /// <summary>Checks client_id (and the secret when given or required) as the token endpoint does.</summary>
    public static IResult? CheckClient(string? clientId, string? secret, EmulatorState state, bool requireSecret)
    {
        if (clientId != state.ClientId) return ErrorBodies.OAuth(400, "invalid_client_id", "client identifier invalid");
        if (secret is null && requireSecret) return ErrorBodies.OAuth(400, "invalid_client", "invalid client credentials");
        if (secret is not null && secret != state.ClientSecret) return ErrorBodies.OAuth(400, "invalid_client", "invalid client credentials");
        return null;
    }

    /// <summary>A token response: a new session for the user, the refresh token when the flow issues one.</summary>
    public static IResult Success(EmulatorState state, string userId, string? refreshToken, string scope, string? issuedFrom = null)
    {
        var b = state.BaseUrl.ToString().TrimEnd('/');
        var id = $"{b}/id/{state.Org.OrgId}/{userId}";
        var issuedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(state.ClientSecret));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(id + issuedAt)));
        var body = new Dictionary<string, string>
        {
            ["access_token"] = state.Sessions.IssueAccess(userId, issuedFrom ?? refreshToken),
        };
        if (refreshToken is not null) body["refresh_token"] = refreshToken;
        body["signature"] = signature;
        body["scope"] = scope;
        body["instance_url"] = b;
        body["id"] = id;
        body["token_type"] = "Bearer";
        body["issued_at"] = issuedAt;
        return Results.Json(body);
    }
}
