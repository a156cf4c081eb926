using System;
using System.IO;
using System.Net;
using System.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using ToriiSalesforce.Engine;
using ToriiSalesforce.Engine.Auth;
using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.SavedConnections;

namespace ToriiSalesforce.Bridge;

/// <summary>Opens engine sessions and reads them for <see cref="Connection"/>. The only place that builds ConnectOptions.</summary>
internal static class SessionBridge
{
    /// <summary>Signs in as the request says and returns the new connection. Blocks the calling thread until done or cancelled.</summary>
    /// <remarks>For flows that need no person; interactive and device sign-ins use <see cref="ConnectAsync"/> so their prompts are seen while waiting.</remarks>
    public static Connection Connect(ConnectRequest request, CancellationToken cancellationToken) =>
        ConnectAsync(request, _ => { }, cancellationToken).GetAwaiter().GetResult();

    /// <summary>
    /// Signs in as the request says and returns the new connection. <paramref name="inform"/> gets what
    /// the person must see while the sign-in waits for them (the sign-in URL, the device code); it may
    /// be called from any thread.
    /// </summary>
    public static async Task<Connection> ConnectAsync(ConnectRequest request, Action<string> inform, CancellationToken cancellationToken)
    {
        var store = SavedConnectionBridge.OpenStore();
        try
        {
            return await ConnectCoreAsync(request, store, inform, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when ((request.Flow == SignInFlow.Saved || request.SaveAs is not null) &&
                                   (ex is IOException or UnauthorizedAccessException ||
                                    ex is InvalidOperationException && ex.Message.IndexOf("DPAPI", StringComparison.Ordinal) >= 0))
        {
            // Reading or writing the saved connection failed, not Salesforce: say where and what to check.
            throw SavedConnectionBridge.Explain(request.Flow == SignInFlow.Saved ? "read" : "save", store.Directory, ex);
        }
    }

    private static async Task<Connection> ConnectCoreAsync(ConnectRequest request, SavedConnectionStore store, Action<string> inform, CancellationToken cancellationToken)
    {
        if (request.Flow == SignInFlow.Saved)
        {
            var saved = await SavedConnectionFlows.ConnectAsync(store, request.SavedName ?? "", EngineDefaults.Resilience, cancellationToken).ConfigureAwait(false);
            return ToConnection(saved);
        }

        var options = BuildOptions(request, inform);
        SalesforceSession session;
        try
        {
            if (request.SaveAs is { } saveAs)
            {
                var password = request.CertificatePassword is { Length: > 0 } p ? ToSecret(p, "-CertificatePassword") : null;
                session = await SavedConnectionFlows.ConnectAndSaveAsync(store, saveAs, options,
                    request.CertificatePath, password, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                session = await SalesforceConnector.ConnectAsync(options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SalesforceApiException refused) when (SignInAdvice.Refine(refused, request.Flow, options.LoginUrl) is { } clearer)
        {
            throw clearer;
        }
        return ToConnection(session);
    }

    private static ConnectOptions BuildOptions(ConnectRequest request, Action<string> inform)
    {
        var options = new ConnectOptions
        {
            Mode = ConnectionModes.ToEngine(request.Mode),
            ApiVersion = string.IsNullOrWhiteSpace(request.ApiVersion) ? null : request.ApiVersion!.Trim(),
            Resilience = EngineDefaults.Resilience,
        };
        if (request.SignInTimeout is { } timeout) options.SignInTimeout = timeout;

        if (request.Flow == SignInFlow.AccessToken)
        {
            options.Flow = AuthFlow.AccessToken;
            options.InstanceUrl = LoginHosts.ValidateUrl(request.InstanceUrl ?? "", "-InstanceUrl");
            options.AccessToken = ToSecret(request.AccessToken, "-AccessToken");
            return options;
        }

        // Every other flow signs in through a login host and names a connected app.
        options.LoginUrl = LoginHosts.Resolve(request.LoginUrl, request.Sandbox, request.Domain);
        options.ClientId = request.ClientId;
        options.ClientSecret = request.ClientSecret is null ? null : ToSecret(request.ClientSecret, "-ClientSecret");

        switch (request.Flow)
        {
            case SignInFlow.RefreshToken:
                options.Flow = AuthFlow.RefreshToken;
                options.RefreshToken = ToSecret(request.RefreshToken, "-RefreshToken");
                break;

            case SignInFlow.Interactive:
                options.Flow = AuthFlow.WebServer;
                if (!string.IsNullOrWhiteSpace(request.RedirectUri)) options.RedirectUri = ParseRedirectUri(request.RedirectUri!);
                var signInTimeout = options.SignInTimeout;
                options.PresentSignInUrl = url => SignInPresenter.Present(url, signInTimeout, inform);
                break;

            case SignInFlow.DeviceCode:
                options.Flow = AuthFlow.Device;
                var deviceTimeout = options.SignInTimeout;
                options.ShowDeviceCode = prompt => inform(
                    $"{prompt}{Environment.NewLine}Waiting up to {SignInPresenter.Describe(deviceTimeout)} for the code to be entered (Ctrl+C cancels).");
                break;

            case SignInFlow.JwtBearer:
                options.Flow = AuthFlow.JwtBearer;
                options.Username = request.Username;
                options.Certificate = request.Certificate ?? LoadCertificate(request.CertificatePath, request.CertificatePassword);
                break;

            case SignInFlow.ClientCredentials:
                options.Flow = AuthFlow.ClientCredentials;
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Flow, "Unknown sign-in flow.");
        }
        return options;
    }

    private static Connection ToConnection(SalesforceSession session) => new(session, new ConnectionSnapshot
    {
        Id = session.Id,
        OrgId = session.OrgId,
        InstanceUrl = session.InstanceUrl,
        LoginUrl = session.LoginUrl,
        Username = session.Username,
        UserId = session.UserId,
        UserType = session.UserType,
        ApiVersion = session.ApiVersion,
        Mode = ConnectionModes.FromEngine(session.Mode),
        AuthFlow = session.AuthFlow,
        CanRefresh = session.CanRefresh,
        ConnectedAt = session.ConnectedAt.ToUniversalTime(),
    });

    /// <summary>The engine session behind a connection.</summary>
    public static SalesforceSession Session(Connection connection) => (SalesforceSession)connection.Session;

    public static ApiUsageSnapshot? Usage(object session)
    {
        var usage = ((SalesforceSession)session).ApiUsage;
        return usage is null ? null : new ApiUsageSnapshot(usage.Used, usage.Max, usage.Remaining);
    }

    public static long RequestsSent(object session) => ((SalesforceSession)session).RequestsSent;

    private static Uri ParseRedirectUri(string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri))
            throw new ArgumentException($"-RedirectUri '{value}' is not an absolute URL. Give the callback URL registered on the connected app, such as http://localhost:1717/OauthRedirect.");
        return uri;
    }

    /// <summary>Opens a PFX/PKCS#12 file with its private key, the way the engine opens a saved connection's certificate.</summary>
    private static X509Certificate2 LoadCertificate(string? path, SecureString? password)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ArgumentException("The JWT bearer flow needs -Certificate or -CertificatePath.");
        if (!File.Exists(path))
            throw new ArgumentException($"No certificate file at '{path}'. Give the .pfx/.p12 file holding the private key of the certificate uploaded to the connected app.");
        try
        {
            // The SecureString overload: the password is never copied into a managed string here.
            return password is null
                ? new X509Certificate2(path, (string?)null, X509KeyStorageFlags.Exportable)
                : new X509Certificate2(path, password, X509KeyStorageFlags.Exportable);
        }
        catch (CryptographicException ex)
        {
            throw new ArgumentException($"The certificate '{path}' could not be opened: {ex.Message} Check -CertificatePassword.", ex);
        }
    }

    private static Secret ToSecret(SecureString? value, string parameterName)
    {
        if (value is null || value.Length == 0)
            throw new ArgumentException($"{parameterName} is empty. Pass the value as a SecureString, for example (Read-Host -AsSecureString).");
        // The plain text exists only for as long as the engine's Secret holds it; it is never logged.
        return new Secret(new NetworkCredential(string.Empty, value).Password);
    }
}
