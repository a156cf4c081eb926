using SalesforceEmulator.OAuth;
using SalesforceEmulator.Rest;

namespace SalesforceEmulator;

/// <summary>The routes, as Salesforce lays them out (login host and instance share this address).</summary>
internal static class Endpoints
{
    // Routing ignores a trailing slash, so /services/data and /services/data/ are one route.
    public static void Map(WebApplication app, EmulatorState state)
    {
        // Cast to Delegate: a lambda from HttpContext to Task<IResult> would otherwise bind as a RequestDelegate and its result be dropped.
        app.MapPost("/services/oauth2/token", (Delegate)((HttpContext c) => TokenEndpoint.Handle(c, state)));
        app.MapGet("/services/oauth2/authorize", (HttpContext c) => state.OAuthFlows.Authorize(c, state));
        app.MapPost("/services/oauth2/revoke", (Delegate)((HttpContext c) => RevokeEndpoint.Handle(c, state)));
        app.MapGet("/services/oauth2/revoke", (Delegate)((HttpContext c) => RevokeEndpoint.Handle(c, state)));
        app.MapGet("/services/oauth2/userinfo", (HttpContext c) => IdentityEndpoints.UserInfo(c, state));
        app.MapGet("/id/{org}/{user}", (HttpContext c, string org, string user) => IdentityEndpoints.Identity(c, state, org, user));

        app.MapGet("/services/data", () => InfoEndpoints.VersionList(state));
        app.MapGet("/services/data/v{version}", (HttpContext c, string version) => InfoEndpoints.Resources(c, state, version));
        app.MapGet("/services/data/v{version}/limits", (HttpContext c, string version) => InfoEndpoints.Limits(c, state, version));
        app.MapGet("/services/data/v{version}/query", (HttpContext c, string version, string? q) => QueryEndpoint.Query(c, state, version, q));
        app.MapGet("/services/data/v{version}/queryAll", (HttpContext c, string version, string? q) => QueryEndpoint.Query(c, state, version, q));
        app.MapGet("/services/data/v{version}/query/{locator}", (HttpContext c, string version, string locator) => QueryEndpoint.More(c, state, version, locator));
        app.MapGet("/services/data/v{version}/queryAll/{locator}", (HttpContext c, string version, string locator) => QueryEndpoint.More(c, state, version, locator));
        app.MapGet("/services/data/v{version}/sobjects", (HttpContext c, string version) => DescribeEndpoint.Global(c, state, version));
        app.MapGet("/services/data/v{version}/sobjects/EventLogFile/{id}/LogFile", (Delegate)((HttpContext c, string version, string id) => LogFileEndpoint.Handle(c, state, version, id)));
        app.MapGet("/services/data/v{version}/sobjects/{type}/describe", (HttpContext c, string version, string type) => DescribeEndpoint.Describe(c, state, version, type));
        app.MapMethods("/services/data/v{version}/sobjects/{type}/{id}", new[] { "PATCH" },
            (Delegate)((HttpContext c, string version, string type, string id) => RecordUpdateEndpoint.Handle(c, state, version, type, id)));

        app.MapFallback((HttpContext c) => ErrorBodies.Rest(404, "NOT_FOUND", "The requested resource does not exist"));
    }
}
