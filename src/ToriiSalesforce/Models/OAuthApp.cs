using System;

namespace ToriiSalesforce;

/// <summary>One app connected to the org over OAuth, as Get-ToriiSfOAuthApp writes it: who holds grants to it and when it was last used.</summary>
public sealed class OAuthApp
{
    /// <summary>The connected app's name as Salesforce reports it on its grants.</summary>
    public string AppName { get; internal set; } = "";

    /// <summary>The App Launcher item of the connected app; empty when the app has none.</summary>
    public string? AppMenuItemId { get; internal set; }

    /// <summary>The ConnectedApplication Id (0H4...) when the App Launcher item resolves to one.</summary>
    public string? ConnectedApplicationId { get; internal set; }

    /// <summary>Distinct users holding at least one grant.</summary>
    public int Users { get; internal set; }

    /// <summary>Of those, users who are active and not frozen.</summary>
    public int ActiveUsers { get; internal set; }

    public int InactiveOrFrozenUsers { get; internal set; }

    /// <summary>Grants (OauthToken rows); a user may hold several, one per device or sign-in.</summary>
    public int Tokens { get; internal set; }

    /// <summary>The oldest grant's creation (UTC).</summary>
    public DateTimeOffset? FirstConnected { get; internal set; }

    /// <summary>The most recent use of any grant (UTC).</summary>
    public DateTimeOffset? LastUsed { get; internal set; }

    /// <summary>Uses of all grants together.</summary>
    public long UseCount { get; internal set; }

    /// <summary>True for the platform's own clients (Salesforce mobile apps, CLI, Data Loader, ...).</summary>
    public bool IsSalesforceOwned { get; internal set; }

    public override string ToString() => AppName;
}
