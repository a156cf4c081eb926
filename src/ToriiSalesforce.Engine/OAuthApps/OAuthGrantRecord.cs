namespace ToriiSalesforce.Engine.OAuthApps;

/// <summary>One user's OAuth grant to one app (one OauthToken row).</summary>
public sealed class OAuthGrantRecord
{
    public string AppName { get; init; } = "";
    public string? AppMenuItemId { get; init; }
    public string? UserId { get; init; }
    public string? Username { get; init; }
    public bool? UserIsActive { get; init; }

    /// <summary>Null when the connected user may not read UserLogin.</summary>
    public bool? UserIsFrozen { get; init; }

    public DateTimeOffset? CreatedDate { get; init; }
    public DateTimeOffset? LastUsedDate { get; init; }
    public int? UseCount { get; init; }

    /// <summary>
    /// What the revoke endpoint needs to remove this grant (OauthToken.DeleteToken). It can only revoke,
    /// never sign in, but it is still kept out of default views.
    /// </summary>
    public string? DeleteToken { get; init; }

    public bool IsSalesforceOwned { get; init; }
}
