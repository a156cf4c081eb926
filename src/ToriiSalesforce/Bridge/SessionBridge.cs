using System;
using System.Net;
using System.Security;
using System.Threading;
using ToriiSalesforce.Engine;
using ToriiSalesforce.Engine.Auth;
using EngineMode = ToriiSalesforce.Engine.ConnectionMode;

namespace ToriiSalesforce.Bridge;

/// <summary>Opens engine sessions and reads them for <see cref="Connection"/>. The only place that builds ConnectOptions.</summary>
internal static class SessionBridge
{
    /// <summary>Signs in as the request says and returns the new connection. Blocks the pipeline thread until done or cancelled.</summary>
    public static Connection Connect(ConnectRequest request, CancellationToken cancellationToken)
    {
        var options = new ConnectOptions
        {
            Mode = request.Mode == ConnectionMode.TakeAction ? EngineMode.TakeAction : EngineMode.ReadOnly,
            ApiVersion = string.IsNullOrWhiteSpace(request.ApiVersion) ? null : request.ApiVersion!.Trim(),
            Resilience = EngineDefaults.Resilience,
        };

        switch (request.Flow)
        {
            case SignInFlow.AccessToken:
                options.Flow = AuthFlow.AccessToken;
                options.InstanceUrl = LoginHosts.ValidateUrl(request.InstanceUrl ?? "", "-InstanceUrl");
                options.AccessToken = ToSecret(request.AccessToken, "-AccessToken");
                break;
            case SignInFlow.RefreshToken:
                options.Flow = AuthFlow.RefreshToken;
                options.LoginUrl = LoginHosts.Resolve(request.LoginUrl, request.Sandbox, request.Domain);
                options.ClientId = request.ClientId;
                options.ClientSecret = request.ClientSecret is null ? null : ToSecret(request.ClientSecret, "-ClientSecret");
                options.RefreshToken = ToSecret(request.RefreshToken, "-RefreshToken");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Flow, "Unknown sign-in flow.");
        }

        var session = SalesforceConnector.ConnectAsync(options, cancellationToken).GetAwaiter().GetResult();
        return new Connection(session, new ConnectionSnapshot
        {
            Id = session.Id,
            OrgId = session.OrgId,
            InstanceUrl = session.InstanceUrl,
            LoginUrl = session.LoginUrl,
            Username = session.Username,
            UserId = session.UserId,
            UserType = session.UserType,
            ApiVersion = session.ApiVersion,
            Mode = session.Mode == EngineMode.TakeAction ? ConnectionMode.TakeAction : ConnectionMode.ReadOnly,
            AuthFlow = session.AuthFlow,
            CanRefresh = session.CanRefresh,
            ConnectedAt = session.ConnectedAt.ToUniversalTime(),
        });
    }

    /// <summary>The engine session behind a connection.</summary>
    public static SalesforceSession Session(Connection connection) => (SalesforceSession)connection.Session;

    public static ApiUsageSnapshot? Usage(object session)
    {
        var usage = ((SalesforceSession)session).ApiUsage;
        return usage is null ? null : new ApiUsageSnapshot(usage.Used, usage.Max, usage.Remaining);
    }

    public static long RequestsSent(object session) => ((SalesforceSession)session).RequestsSent;

    private static Secret ToSecret(SecureString? value, string parameterName)
    {
        if (value is null || value.Length == 0)
            throw new ArgumentException($"{parameterName} is empty. Pass the value as a SecureString, for example (Read-Host -AsSecureString).");
        // The plain text exists only for as long as the engine's Secret holds it; it is never logged.
        return new Secret(new NetworkCredential(string.Empty, value).Password);
    }
}
