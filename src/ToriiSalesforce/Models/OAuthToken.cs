using System;

namespace ToriiSalesforce;

/// <summary>One user's OAuth grant to one app (one OauthToken row), as Get-ToriiSfOAuthToken writes it.</summary>
public sealed class OAuthToken
{
    public string AppName { get; internal set; } = "";
    public string? AppMenuItemId { get; internal set; }
    public string? UserId { get; internal set; }
    public string? Username { get; internal set; }

    /// <summary>Whether the grant's user is active; a deactivated user's grants still show use until revoked.</summary>
    public bool? UserIsActive { get; internal set; }

    /// <summary>Whether the grant's user is frozen; empty when the connected user may not read UserLogin (needs Manage Users).</summary>
    public bool? UserIsFrozen { get; internal set; }

    /// <summary>When the grant was made (UTC).</summary>
    public DateTimeOffset? CreatedDate { get; internal set; }

    public DateTimeOffset? LastUsedDate { get; internal set; }
    public int? UseCount { get; internal set; }
    public bool IsSalesforceOwned { get; internal set; }

    /// <summary>
    /// What revoking this grant needs: Revoke-ToriiSfOAuthToken binds it from the pipeline. It can end
    /// this one grant and nothing else (it signs nobody in), and is left out of the default view.
    /// </summary>
    public string? DeleteToken { get; internal set; }

    public override string ToString() => $"{AppName}: {Username}";
}
