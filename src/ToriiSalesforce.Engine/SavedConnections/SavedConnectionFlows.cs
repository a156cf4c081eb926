using ToriiSalesforce.Engine.Auth;

namespace ToriiSalesforce.Engine.SavedConnections;

/// <summary>Connecting from a saved connection, and saving a connection as it is made.</summary>
public static class SavedConnectionFlows
{
    /// <summary>
    /// Connects with <paramref name="options"/> and saves what is needed to reconnect as <paramref name="name"/>.
    /// The refresh token saved is the latest one seen; later rotations during the session are written back.
    /// </summary>
    public static async Task<SalesforceSession> ConnectAndSaveAsync(SavedConnectionStore store, string name, ConnectOptions options,
        string? certificatePath, Secret? certificatePassword, CancellationToken cancellationToken)
    {
        SavedConnectionStore.ValidateName(name);
        var flow = options.ResolveFlow();
        if (flow == AuthFlow.AccessToken)
            throw new ArgumentException("-SaveAs needs a flow that can reconnect unattended: an access token expires within hours and cannot be renewed. Use -RefreshToken, -Interactive, -DeviceCode, a certificate (JWT) or client credentials.");
        if (flow == AuthFlow.JwtBearer && string.IsNullOrEmpty(certificatePath))
            throw new ArgumentException("-SaveAs with the JWT flow needs -CertificatePath (a certificate object passed with -Certificate cannot be found again by a later run).");

        var latest = options.RefreshToken;
        var saved = false;
        var previous = options.RefreshTokenIssued;
        options.RefreshTokenIssued = token =>
        {
            latest = token;
            if (saved) store.UpdateRefreshToken(name, token);
            previous?.Invoke(token);
        };

        var session = await SalesforceConnector.ConnectAsync(options, cancellationToken).ConfigureAwait(false);
        var savedFlow = flow is AuthFlow.WebServer or AuthFlow.Device ? AuthFlow.RefreshToken : flow;
        if (savedFlow == AuthFlow.RefreshToken && latest is null)
            throw new ArgumentException("Salesforce issued no refresh token, so nothing could be saved for unattended runs. Add the refresh_token (offline_access) scope to the connected app and connect again.");

        store.Save(new SavedConnection
        {
            Name = name,
            Flow = savedFlow,
            LoginUrl = options.LoginUrl,
            ClientId = options.ClientId,
            Username = options.Username,
            CertificatePath = certificatePath is null ? null : System.IO.Path.GetFullPath(certificatePath),
            Mode = options.Mode,
            ApiVersion = options.ApiVersion,
            SavedAt = DateTimeOffset.UtcNow,
            OrgId = session.OrgId,
            ConnectedAs = session.Username,
            RefreshToken = savedFlow == AuthFlow.RefreshToken ? latest : null,
            ClientSecret = options.ClientSecret,
            CertificatePassword = certificatePassword,
        });
        saved = true;
        Diagnostics.EngineLog.Verbose($"Saved the connection as '{name}' in {store.Directory} ({SecretProtector.Description}).");
        return session;
    }

    /// <summary>Connects from a saved connection; a rotated refresh token is written back to it.</summary>
    public static Task<SalesforceSession> ConnectAsync(SavedConnectionStore store, string name, ResilienceSettings resilience, CancellationToken cancellationToken)
    {
        var saved = store.Load(name);
        var options = new ConnectOptions
        {
            Flow = saved.Flow,
            LoginUrl = saved.LoginUrl,
            ClientId = saved.ClientId,
            ClientSecret = saved.ClientSecret,
            RefreshToken = saved.RefreshToken,
            Username = saved.Username,
            Mode = saved.Mode,
            ApiVersion = saved.ApiVersion,
            Resilience = resilience,
            RefreshTokenIssued = token => store.UpdateRefreshToken(name, token),
        };
        if (saved.Flow == AuthFlow.JwtBearer)
        {
            if (saved.CertificatePath is null) throw new ArgumentException($"The saved connection '{name}' has no certificate path. Save it again with -CertificatePath.");
            options.Certificate = JwtAssertion.Load(saved.CertificatePath, saved.CertificatePassword?.Reveal());
        }
        Diagnostics.EngineLog.Verbose($"Reconnecting with the saved connection '{name}' ({saved.Flow}).");
        return SalesforceConnector.ConnectAsync(options, cancellationToken);
    }
}
