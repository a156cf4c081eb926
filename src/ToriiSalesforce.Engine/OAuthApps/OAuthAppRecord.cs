namespace ToriiSalesforce.Engine.OAuthApps;

/// <summary>One app connected over OAuth, with who uses it and when it was last used.</summary>
public sealed class OAuthAppRecord
{
    public string AppName { get; init; } = "";
    public string? AppMenuItemId { get; init; }

    /// <summary>ConnectedApplication id (0H4...) when the App Launcher item resolves to one.</summary>
    public string? ConnectedApplicationId { get; init; }

    /// <summary>Distinct users holding at least one grant.</summary>
    public int Users { get; init; }
    public int ActiveUsers { get; init; }
    public int InactiveOrFrozenUsers { get; init; }

    /// <summary>Grants (OauthToken rows); a user may hold several.</summary>
    public int Tokens { get; init; }

    public DateTimeOffset? FirstConnected { get; init; }
    public DateTimeOffset? LastUsed { get; init; }
    public long UseCount { get; init; }
    public bool IsSalesforceOwned { get; init; }
}
