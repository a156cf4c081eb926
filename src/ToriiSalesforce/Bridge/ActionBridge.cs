using System.Security;
using System.Threading;
using ToriiSalesforce.Engine.Actions;
using ToriiSalesforce.Engine.Auth;
using ToriiSalesforce.Engine.Users;

namespace ToriiSalesforce.Bridge;

/// <summary>The changes cmdlets make to an org, through the engine (which refuses them on a read-only connection).</summary>
internal static class ActionBridge
{
    /// <summary>Throws the engine's TAKE_ACTION_MODE_REQUIRED refusal unless the connection may change the org.</summary>
    public static void RequireTakeAction(Connection connection, string what) =>
        TakeActionGuard.Require(SessionBridge.Session(connection), what);

    /// <summary>The user to change, by Id or Username, or null when the org has none.</summary>
    public static UserTarget? Find(Connection connection, string identity, CancellationToken cancellationToken)
    {
        var record = SessionBridge.Session(connection).Users.Find(identity, cancellationToken);
        return record is null ? null : new UserTarget(record);
    }

    /// <summary>Makes the change; false when the user was already in that state and nothing was sent.</summary>
    public static bool Apply(Connection connection, UserTarget target, UserChangeKind kind, CancellationToken cancellationToken)
    {
        var actions = SessionBridge.Session(connection).UserActions;
        var record = (UserRecord)target.Record;
        var change = kind switch
        {
            UserChangeKind.Deactivate => actions.SetActiveAsync(record, false, cancellationToken),
            UserChangeKind.Reactivate => actions.SetActiveAsync(record, true, cancellationToken),
            UserChangeKind.Freeze => actions.SetFrozenAsync(record, true, cancellationToken),
            _ => actions.SetFrozenAsync(record, false, cancellationToken),
        };
        return change.GetAwaiter().GetResult().Changed;
    }

    /// <summary>Revokes one OAuth grant by its DeleteToken.</summary>
    public static void Revoke(Connection connection, string deleteToken, string description, CancellationToken cancellationToken) =>
        SessionBridge.Session(connection).OAuthTokenRevoker.RevokeAsync(new Secret(deleteToken), description, cancellationToken).GetAwaiter().GetResult();
}
