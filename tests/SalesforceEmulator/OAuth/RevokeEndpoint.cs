using SalesforceEmulator.Rest;

namespace SalesforceEmulator.OAuth;

/// <summary>/services/oauth2/revoke: an access or refresh token, or an OauthToken's DeleteToken (salesforce-api.md 1.11). 200 with an empty body.</summary>
internal static class RevokeEndpoint
{
    public static async Task<IResult> Handle(HttpContext context, EmulatorState state)
    {
        string? token = context.Request.Query["token"];
        if (string.IsNullOrEmpty(token) && context.Request.HasFormContentType)
            token = (await context.Request.ReadFormAsync().ConfigureAwait(false))["token"];
        if (string.IsNullOrEmpty(token)) return ErrorBodies.OAuth(400, "unsupported_token_type", "unsupported token type");
        if (state.Sessions.Revoke(token)) return Results.Ok();
        lock (state.Org.Store.Gate)
        {
            var removed = state.Org.Store.Rows("OauthToken").RemoveAll(r => (string?)r["DeleteToken"] == token);
            if (removed > 0) return Results.Ok();
        }
        return ErrorBodies.OAuth(400, "invalid_token", "invalid token");
    }
}
