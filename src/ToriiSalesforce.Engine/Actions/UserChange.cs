using ToriiSalesforce.Engine.Users;

namespace ToriiSalesforce.Engine.Actions;

/// <summary>What a deactivation, reactivation, freeze or unfreeze did to one user.</summary>
public sealed class UserChange
{
    internal UserChange(UserRecord user, string action, bool changed)
    {
        User = user;
        Action = action;
        Changed = changed;
    }

    /// <summary>The user as it was before the change.</summary>
    public UserRecord User { get; }

    /// <summary>Deactivate, Reactivate, Freeze or Unfreeze.</summary>
    public string Action { get; }

    /// <summary>False when the user was already in the requested state and nothing was sent.</summary>
    public bool Changed { get; }
}
