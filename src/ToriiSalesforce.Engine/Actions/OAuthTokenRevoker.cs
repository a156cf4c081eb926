using System.Net.Http;
using ToriiSalesforce.Engine.Auth;
using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Engine.Actions;

/// <summary>
/// Revokes a user's OAuth grant to a connected app (salesforce-api.md 1.11, 7.1): the grant's
/// OauthToken.DeleteToken is posted to the org's /services/oauth2/revoke. The app's refresh token and
/// every access token issued from it stop working; the user must authorise the app again to use it.
/// </summary>
public sealed class OAuthTokenRevoker
{
    private readonly SalesforceSession _session;

    internal OAuthTokenRevoker(SalesforceSession session) => _session = session;

    /// <param name="deleteToken">The grant's DeleteToken, as listed; a secret (it can end the grant), never logged.</param>
    /// <param name="description">Which grant this is, for messages, such as "Slack for jane@acme.com".</param>
    public async Task RevokeAsync(Secret deleteToken, string description, CancellationToken cancellationToken)
    {
        if (deleteToken is null) throw new ArgumentNullException(nameof(deleteToken));
        if (string.IsNullOrWhiteSpace(deleteToken.Reveal()))
            throw new ArgumentException($"The grant {description} has no DeleteToken. Pipe the grants from Get-ToriiSfOAuthToken, which lists it.");
        TakeActionGuard.Require(_session, "revoke OAuth grants");

        // On the instance (My Domain) host, like every other call of this connection.
        var url = new Uri(_session.InstanceUrl, "/services/oauth2/revoke").ToString();
        Diagnostics.EngineLog.Verbose($"Revoking the OAuth grant {description}: POST /services/oauth2/revoke");
        try
        {
            using var response = await _session.Http.SendAsync(HttpMethod.Post, url,
                () => new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = deleteToken.Reveal() }),
                $"Revoking {description}", null, cancellationToken).ConfigureAwait(false);
        }
        catch (SalesforceApiException ex) when (ex.ErrorCode == "invalid_token")
        {
            throw new SalesforceApiException(ex.StatusCode, ex.ErrorCode, $"Salesforce no longer knows the grant {description}: it was revoked already, or the user removed it.",
                "List the grants again with Get-ToriiSfOAuthToken; a grant that is no longer listed needs nothing more.", ex);
        }
    }
}
