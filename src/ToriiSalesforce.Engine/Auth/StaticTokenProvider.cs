namespace ToriiSalesforce.Engine.Auth;

/// <summary>A session that cannot be renewed: the -AccessToken flow, or a sign-in that returned no refresh token.</summary>
internal sealed class StaticTokenProvider : ITokenProvider
{
    private readonly AccessToken _token;

    public StaticTokenProvider(Secret accessToken, Uri instanceUrl, string flowName = "AccessToken")
    {
        _token = new AccessToken(accessToken, instanceUrl);
        FlowName = flowName;
    }

    public string FlowName { get; }
    public bool CanRefresh => false;

    public Task<AccessToken> GetAsync(CancellationToken cancellationToken) => Task.FromResult(_token);

    public Task<AccessToken> RefreshAsync(AccessToken stale, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("An access-token connection cannot be refreshed.");
}
