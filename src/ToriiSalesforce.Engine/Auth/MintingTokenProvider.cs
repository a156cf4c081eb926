namespace ToriiSalesforce.Engine.Auth;

/// <summary>
/// Flows that log in again instead of refreshing (JWT bearer, client credentials). A token is minted
/// once and reused for every call; only a 401 mints a new one, and concurrent 401s share one login,
/// because Salesforce rate-limits logins (a JWT login per call hits LOGIN_RATE_EXCEEDED).
/// </summary>
internal sealed class MintingTokenProvider : ITokenProvider
{
    private readonly Func<CancellationToken, Task<TokenResponse>> _mint;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _current;

    public MintingTokenProvider(string flowName, Func<CancellationToken, Task<TokenResponse>> mint)
    {
        FlowName = flowName;
        _mint = mint;
    }

    public string FlowName { get; }
    public bool CanRefresh => true;

    public async Task<AccessToken> GetAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _current) ?? await MintAsync(null, cancellationToken).ConfigureAwait(false);

    public Task<AccessToken> RefreshAsync(AccessToken stale, CancellationToken cancellationToken) => MintAsync(stale, cancellationToken);

    private async Task<AccessToken> MintAsync(AccessToken? stale, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _current;
            if (current is not null && !ReferenceEquals(current, stale)) return current;
            Diagnostics.EngineLog.Verbose(stale is null ? $"Signing in ({FlowName})." : $"Session expired; signing in again ({FlowName}).");
            var response = await _mint(cancellationToken).ConfigureAwait(false);
            var minted = new AccessToken(response.AccessToken, response.InstanceUrl);
            Volatile.Write(ref _current, minted);
            return minted;
        }
        finally
        {
            _gate.Release();
        }
    }
}
