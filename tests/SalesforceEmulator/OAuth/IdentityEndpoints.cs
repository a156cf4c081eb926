using System.Text;
using SalesforceEmulator.Org;
using SalesforceEmulator.Rest;

namespace SalesforceEmulator.OAuth;

/// <summary>/services/oauth2/userinfo (OpenID Connect) and the identity URL /id/{org}/{user} (salesforce-api.md 1.12).</summary>
internal static class IdentityEndpoints
{
    public static IResult UserInfo(HttpContext context, EmulatorState state)
    {
        // The real service answers a bad token here too; the REST error shape is what clients already handle.
        var user = Authorized(context, state);
        if (user is null) return ErrorBodies.SessionInvalid();
        var b = state.BaseUrl.ToString().TrimEnd('/');
        return Results.Json(new Dictionary<string, object?>
        {
            ["sub"] = $"{b}/id/{state.Org.OrgId}/{user.Id}",
            ["user_id"] = user.Id,
            ["organization_id"] = state.Org.OrgId,
            ["preferred_username"] = user.Username,
            ["nickname"] = user.FirstName,
            ["name"] = user.Name,
            ["email"] = user.Email,
            ["email_verified"] = true,
            ["given_name"] = user.FirstName,
            ["family_name"] = user.LastName,
            ["zoneinfo"] = "Europe/Paris",
            ["photos"] = new { picture = $"{b}/profilephoto/005/F", thumbnail = $"{b}/profilephoto/005/T" },
            ["profile"] = $"{b}/{user.Id}",
            ["picture"] = $"{b}/profilephoto/005/F",
            ["address"] = new { country = "FR" },
            ["urls"] = Urls(b, state.Org.OrgId, user.Id),
            ["active"] = user.IsActive,
            ["user_type"] = IdentityUserType(user.UserType),
            ["language"] = "en_US",
            ["locale"] = "en_US",
            ["utcOffset"] = 3600000,
            ["updated_at"] = user.LastModifiedDate.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            ["is_app_installed"] = true,
        });
    }

    public static IResult Identity(HttpContext context, EmulatorState state, string org, string userId)
    {
        var user = Authorized(context, state);
        if (user is null) return ErrorBodies.SessionInvalid();
        if (Ids.Normalize(userId) != user.Id || Ids.Normalize(org) != state.Org.OrgId) return Results.StatusCode(403);
        var b = state.BaseUrl.ToString().TrimEnd('/');
        return Results.Json(new Dictionary<string, object?>
        {
            ["id"] = $"{b}/id/{state.Org.OrgId}/{user.Id}",
            ["asserted_user"] = true,
            ["user_id"] = user.Id,
            ["organization_id"] = state.Org.OrgId,
            ["username"] = user.Username,
            ["nick_name"] = user.FirstName,
            ["display_name"] = user.Name,
            ["email"] = user.Email,
            ["email_verified"] = true,
            ["first_name"] = user.FirstName,
            ["last_name"] = user.LastName,
            ["timezone"] = "Europe/Paris",
            ["active"] = user.IsActive,
            ["user_type"] = IdentityUserType(user.UserType),
            ["language"] = "en_US",
            ["locale"] = "en_US",
            ["utcOffset"] = 3600000,
            ["last_modified_date"] = user.LastModifiedDate.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'"),
            ["urls"] = Urls(b, state.Org.OrgId, user.Id),
            ["is_app_installed"] = true,
        });
    }

    /// <summary>The identity endpoints spell user types in upper snake case (STANDARD, CSP_LITE_PORTAL).</summary>
    public static string IdentityUserType(string userType)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < userType.Length; i++)
        {
            if (i > 0 && char.IsUpper(userType[i])) sb.Append('_');
            sb.Append(char.ToUpperInvariant(userType[i]));
        }
        return sb.ToString();
    }

    private static Dictionary<string, string> Urls(string b, string org, string user) => new()
    {
        ["enterprise"] = $"{b}/services/Soap/c/{{version}}/{org[..15]}",
        ["partner"] = $"{b}/services/Soap/u/{{version}}/{org[..15]}",
        ["rest"] = $"{b}/services/data/v{{version}}/",
        ["sobjects"] = $"{b}/services/data/v{{version}}/sobjects/",
        ["query"] = $"{b}/services/data/v{{version}}/query/",
        ["profile"] = $"{b}/{user}",
        ["custom_domain"] = b,
    };

    private static EmulatedUser? Authorized(HttpContext context, EmulatorState state)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var userId = state.Sessions.UserOfAccess(header[7..].Trim());
        if (userId is null) return null;
        context.Items["userId"] = userId;
        return state.Org.User(userId);
    }
}
