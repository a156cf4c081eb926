using SalesforceEmulator.Org;
using SalesforceEmulator.Schema;

namespace SalesforceEmulator.Soql;

/// <summary>What a query runs against: the org, who asks (for object access and row visibility), and the clock.</summary>
public sealed class QueryContext
{
    public required OrgData Org { get; init; }
    public required string UserId { get; init; }
    public required DateTimeOffset Now { get; init; }

    public Store Store => Org.Store;

    /// <summary>The object as this user sees it, or null when it does not exist or the user may not query it (Salesforce then says "not supported").</summary>
    public SObjectDef? Visible(string name)
    {
        var def = Store.Object(name);
        if (def is null) return null;
        return def.Name switch
        {
            "UserLicense" or "PermissionSetLicense" => Org.Has(UserId, "PermissionsViewSetup") ? def : null,
            "EventLogFile" => Org.Has(UserId, "PermissionsViewEventLogFiles") || Org.Has(UserId, "PermissionsViewAllData") ? def : null,
            "UserLogin" => Org.Has(UserId, "PermissionsManageUsers") ? def : null,
            _ => def,
        };
    }

    /// <summary>Rows of an object this user may see: LoginHistory and OauthToken show only the user's own without the right permission.</summary>
    public IEnumerable<Row> Rows(SObjectDef def)
    {
        var rows = Store.Rows(def.Name);
        return def.Name switch
        {
            "LoginHistory" when !(Org.Has(UserId, "PermissionsManageUsers") || Org.Has(UserId, "PermissionsMonitorLoginHistory")) => rows.Where(r => (string?)r["UserId"] == UserId),
            "OauthToken" when !Org.Has(UserId, "PermissionsCustomizeApplication") => rows.Where(r => (string?)r["UserId"] == UserId),
            "UserPermissionAccess" => new[] { PermissionRow() },
            _ => rows,
        };
    }

    private Row PermissionRow()
    {
        var row = new Row { ["Id"] = null, ["LastCacheUpdate"] = Now.AddMinutes(-1) };
        foreach (var p in Catalog.SystemPermissions) row[p] = Org.Has(UserId, p);
        return row;
    }
}
