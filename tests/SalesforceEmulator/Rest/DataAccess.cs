namespace SalesforceEmulator.Rest;

/// <summary>
/// The gate every data request passes: a valid bearer token, a version the org offers, the user's
/// API Enabled permission and the daily allocation. Sforce-Limit-Info goes on every answer past this gate.
/// </summary>
internal static class DataAccess
{
    public static IResult? Check(HttpContext context, EmulatorState state, string? version, out string userId)
    {
        userId = "";
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : header.StartsWith("OAuth ", StringComparison.OrdinalIgnoreCase) ? header[6..].Trim() : "";
        var user = token.Length > 0 ? state.Sessions.UserOfAccess(token) : null;
        if (user is null)
        {
            context.Response.Headers.WWWAuthenticate = "Token";
            return ErrorBodies.SessionInvalid();
        }
        userId = user;
        context.Items["userId"] = user;
        if (version is not null && !Versions.IsOffered(version))
            return ErrorBodies.Rest(404, "NOT_FOUND", "The requested resource does not exist");

        state.Faults.CountAuthenticatedRequest();
        if (!state.TrySpendApiRequest())
        {
            context.Response.Headers["Sforce-Limit-Info"] = state.LimitInfo;
            return ErrorBodies.Rest(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
        }
        context.Response.Headers["Sforce-Limit-Info"] = state.LimitInfo;
        if (!state.Org.Has(user, "PermissionsApiEnabled"))
            return ErrorBodies.Rest(403, "API_CURRENTLY_DISABLED", "API is disabled for this User");
        return null;
    }
}
