using SalesforceEmulator.Schema;

namespace SalesforceEmulator.Org;

/// <summary>The generated org: its records, field-level security, and the users as tests see them.</summary>
public sealed class OrgData
{
    private readonly HashSet<string> _hiddenUserFields = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<EmulatedUser> _users = new();

    internal OrgData(Store store, string orgId, DateTimeOffset now)
    {
        Store = store;
        OrgId = orgId;
        Now = now;
    }

    internal Store Store { get; }
    public string OrgId { get; }

    /// <summary>The instant the org was generated at; generated dates are relative to it.</summary>
    public DateTimeOffset Now { get; }

    public IReadOnlyList<EmulatedUser> Users
    {
        get { lock (Store.Gate) return _users.ToList(); }
    }

    internal void AddUser(EmulatedUser user) => _users.Add(user);

    public EmulatedUser User(string id) => Users.First(u => u.Id == Ids.Normalize(id));

    /// <summary>Field-level security: the User field vanishes from describe and selecting it gives INVALID_FIELD, as the real API does.</summary>
    public void HideUserField(string fieldName)
    {
        lock (Store.Gate) _hiddenUserFields.Add(fieldName);
    }

    internal bool IsHidden(SObjectDef obj, string field)
    {
        lock (Store.Gate) return obj.Name == "User" && _hiddenUserFields.Contains(field);
    }

    /// <summary>Grants or removes a system permission (PermissionsApiEnabled, PermissionsViewSetup, ...) for a user.</summary>
    public void SetPermission(string userId, string permission, bool granted)
    {
        var user = User(userId);
        lock (Store.Gate)
        {
            if (granted) user.Permissions.Add(permission);
            else user.Permissions.Remove(permission);
        }
    }

    internal bool Has(string userId, string permission)
    {
        var user = Store.ById(userId);
        if (user is null) return false;
        lock (Store.Gate) return _users.First(u => u.Id == user.Id).Permissions.Contains(permission);
    }
}
