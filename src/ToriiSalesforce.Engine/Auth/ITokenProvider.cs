namespace ToriiSalesforce.Engine.Auth;

/// <summary>One per OAuth flow: hands out the current access token and renews it when Salesforce refuses it.</summary>
internal interface ITokenProvider
{
    /// <summary>Name of the flow, for Get-ToriiSfContext (AccessToken, RefreshToken, ...).</summary>
    string FlowName { get; }

    /// <summary>False when nothing can renew the token (a bare access token).</summary>
    bool CanRefresh { get; }

    /// <summary>The current token, obtaining the first one if needed.</summary>
    Task<AccessToken> GetAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Renews the token after Salesforce refused <paramref name="stale"/>. Concurrent callers that saw the
    /// same stale token share one renewal; a caller whose stale token was already replaced gets the new one.
    /// </summary>
    Task<AccessToken> RefreshAsync(AccessToken stale, CancellationToken cancellationToken);
}
