using System.Net.Http;
using System.Text;
using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Permissions;
using ToriiSalesforce.Engine.Query;
using ToriiSalesforce.Engine.Rules;
using ToriiSalesforce.Engine.Users;

namespace ToriiSalesforce.Engine.Actions;

/// <summary>
/// Deactivating, reactivating, freezing and unfreezing users (salesforce-api.md 3.5). Deactivation is a
/// PATCH of User.IsActive and frees the licence; freezing is a PATCH of the user's UserLogin.IsFrozen and
/// only blocks sign-in, keeping the licence. Each call is refused on a read-only connection, and a user
/// already in the requested state costs no update.
/// </summary>
public sealed class UserActions
{
    private readonly SalesforceSession _session;

    internal UserActions(SalesforceSession session) => _session = session;

    /// <summary>Deactivates (<paramref name="active"/> false) or reactivates a user already looked up.</summary>
    public async Task<UserChange> SetActiveAsync(UserRecord user, bool active, CancellationToken cancellationToken)
    {
        var action = active ? "Reactivate" : "Deactivate";
        TakeActionGuard.Require(_session, active ? "reactivate users" : "deactivate users");
        if (!active) RefuseConnectedUser(user, "deactivate");
        if (user.IsActive == active) return new UserChange(user, action, changed: false);

        await PatchAsync("User", user.Id, "IsActive", active, $"{action} {user.Username}", cancellationToken).ConfigureAwait(false);
        return new UserChange(user, action, changed: true);
    }

    /// <summary>Freezes (<paramref name="frozen"/> true) or unfreezes a user already looked up.</summary>
    public async Task<UserChange> SetFrozenAsync(UserRecord user, bool frozen, CancellationToken cancellationToken)
    {
        var action = frozen ? "Freeze" : "Unfreeze";
        TakeActionGuard.Require(_session, frozen ? "freeze users" : "unfreeze users");
        if (frozen) RefuseConnectedUser(user, "freeze");

        // The user's own UserLogin row carries the flag; its Id is what the update needs. Salesforce hides
        // UserLogin from users without Manage Users, so that is the permission a refusal here names.
        var soql = "SELECT Id, IsFrozen FROM UserLogin WHERE UserId = " + Soql.Quote(user.Id);
        var login = MissingPrerequisite.Explained(
            _session.Query(soql, r => (Id: SalesforceJson.String(r, "Id"), IsFrozen: SalesforceJson.Bool(r, "IsFrozen") ?? false),
                $"Reading {user.Username}'s login state", cancellationToken),
            PrerequisiteRules.ManageUsers, $"read UserLogin, so {user.Username} cannot be {(frozen ? "frozen" : "unfrozen")}").FirstOrDefault();
        if (login.Id is null)
        {
            throw new SalesforceApiException(404, "NOT_FOUND", $"{user.Username} has no UserLogin record, so it cannot be {(frozen ? "frozen" : "unfrozen")}.",
                "Users who have never been able to sign in (such as some automated users) have no login record. Deactivate the user instead if it must not be used.");
        }
        if (login.IsFrozen == frozen) return new UserChange(user, action, changed: false);

        await PatchAsync("UserLogin", login.Id, "IsFrozen", frozen, $"{action} {user.Username}", cancellationToken).ConfigureAwait(false);
        return new UserChange(user, action, changed: true);
    }

    private void RefuseConnectedUser(UserRecord user, string verb)
    {
        if (!string.Equals(SalesforceId.To18(user.Id), SalesforceId.To18(_session.UserId), StringComparison.Ordinal)) return;
        throw new SalesforceApiException(400, "CANNOT_CHANGE_CONNECTED_USER",
            $"{user.Username} is the user this connection signs in as; the module will not {verb} it, which would lock the connection (and possibly you) out.",
            ErrorRemediation.For("CANNOT_CHANGE_CONNECTED_USER", 400));
    }

    private async Task PatchAsync(string sobject, string id, string field, bool value, string what, CancellationToken cancellationToken)
    {
        var path = $"/services/data/v{_session.ApiVersion}/sobjects/{sobject}/{Uri.EscapeDataString(id)}";
        var json = "{\"" + field + "\":" + (value ? "true" : "false") + "}";
        Diagnostics.EngineLog.Verbose($"{what}: PATCH {sobject}/{id} {json}");
        try
        {
            using var response = await _session.Http.SendAsync(new HttpMethod("PATCH"), path,
                () => new StringContent(json, Encoding.UTF8, "application/json"), what, null, cancellationToken).ConfigureAwait(false);
        }
        catch (SalesforceApiException refused) when (refused.ErrorCode is "INSUFFICIENT_ACCESS" or "INSUFFICIENT_ACCESS_OR_READONLY")
        {
            // Every change this module makes to a user needs Manage Users; say so rather than "insufficient access rights".
            throw MissingPrerequisite.Explain(refused, PrerequisiteRules.ManageUsers, char.ToLowerInvariant(what[0]) + what.Substring(1));
        }
    }
}
