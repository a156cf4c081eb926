namespace ToriiSalesforce.Bridge;

/// <summary>The sign-in flows Connect-ToriiSalesforce offers, one per parameter set.</summary>
internal enum SignInFlow
{
    AccessToken,
    RefreshToken,
}
