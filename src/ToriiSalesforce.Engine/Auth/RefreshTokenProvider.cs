namespace ToriiSalesforce.Engine.Auth;

/// <summary>
/// The refresh-token flow: trades the refresh token for access tokens at the login host. Renewals
/// are serialised so a burst of 401s costs one token call (Salesforce rate-limits logins). When the
/// app rotates refresh tokens, the new one replaces the old and <see cref="RefreshTokenRotated"/> fires
/// so whoever stored it (a saved connection) can write it back.
/// </summary>
internal sealed class RefreshTokenProvider : ITokenProvider
{
    private readonly OAuthTokenClient _oauth;
    private readonly string _clientId;
    private readonly Secret? _clientSecret;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Secret _refreshToken;
    private AccessToken? _current;

    public RefreshTokenProvider(OAuthTokenClient oauth, string clientId, Secret? clientSecret, Secret refreshToken,
        AccessToken? initial = null, string flowName = "RefreshToken")
    {
        _current = initial;
        FlowName = flowName;
        _oauth = oauth;
        _clientId = clientId;
        _clientSecret = clientSecret;
        _refreshToken = refreshToken;
    }

    public event Action<Secret>? RefreshTokenRotated;

    public string FlowName { get; }
    public bool CanRefresh => true;

    public async Task<AccessToken> GetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null) return current;
        return await RenewAsync(stale: null, cancellationToken).ConfigureAwait(false);
    }

    public Task<AccessToken> RefreshAsync(AccessToken stale, CancellationToken cancellationToken) => RenewAsync(stale, cancellationToken);

    private async Task<AccessToken> RenewAsync(AccessToken? stale, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Someone else renewed while we waited: use theirs instead of logging in again.
            var current = _current;
            if (current is not null && !ReferenceEquals(current, stale)) return current;

            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = _clientId,
                ["refresh_token"] = _refreshToken.Reveal(),
            };
            if (_clientSecret is not null) form["client_secret"] = _clientSecret.Reveal();

            Diagnostics.EngineLog.Verbose(stale is null ? "Getting an access token with the refresh token." : "Session expired; renewing the access token with the refresh token.");
            var response = await _oauth.RequestTokenAsync(form, cancellationToken).ConfigureAwait(false);
            if (response.RefreshToken is not null && !response.RefreshToken.Matches(_refreshToken))
            {
                _refreshToken = response.RefreshToken;
                Diagnostics.EngineLog.Verbose("Salesforce rotated the refresh token; the new one replaces the old.");
                RefreshTokenRotated?.Invoke(response.RefreshToken);
            }

            var renewed = new AccessToken(response.AccessToken, response.InstanceUrl);
            Volatile.Write(ref _current, renewed);
            return renewed;
        }
        finally
        {
            _gate.Release();
        }
    }
}
