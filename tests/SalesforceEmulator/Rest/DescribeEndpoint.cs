using System.Text.Json;
using SalesforceEmulator.Schema;
using SalesforceEmulator.Soql;

namespace SalesforceEmulator.Rest;

/// <summary>sobjects/{Type}/describe and describeGlobal. Fields hidden by field-level security are absent, as in the real API.</summary>
internal static class DescribeEndpoint
{
    public static IResult Describe(HttpContext context, EmulatorState state, string version, string type)
    {
        if (DataAccess.Check(context, state, version, out var userId) is { } refused) return refused;
        var ctx = new QueryContext { Org = state.Org, UserId = userId, Now = DateTimeOffset.UtcNow };
        var def = ctx.Visible(type);
        if (def is null) return ErrorBodies.Rest(404, "NOT_FOUND", "The requested resource does not exist");

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Json.Writer))
        {
            w.WriteStartObject();
            w.WriteString("name", def.Name);
            w.WriteString("label", def.Label);
            if (def.KeyPrefix.Length > 0) w.WriteString("keyPrefix", def.KeyPrefix); else w.WriteNull("keyPrefix");
            w.WriteBoolean("queryable", true);
            w.WriteBoolean("createable", false);
            w.WriteBoolean("updateable", def.Fields.Any(f => f.Updateable));
            w.WriteBoolean("deletable", false);
            w.WriteBoolean("custom", false);
            w.WriteStartArray("fields");
            foreach (var f in def.Fields.Where(f => !state.Org.IsHidden(def, f.Name))) Field(w, f);
            w.WriteEndArray();
            w.WriteStartObject("urls");
            w.WriteString("sobject", $"/services/data/v{version}/sobjects/{def.Name}");
            w.WriteString("describe", $"/services/data/v{version}/sobjects/{def.Name}/describe");
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Results.Bytes(stream.ToArray(), "application/json;charset=UTF-8");
    }

    public static IResult Global(HttpContext context, EmulatorState state, string version)
    {
        if (DataAccess.Check(context, state, version, out var userId) is { } refused) return refused;
        var ctx = new QueryContext { Org = state.Org, UserId = userId, Now = DateTimeOffset.UtcNow };
        var objects = state.Org.Store.Objects.Where(o => ctx.Visible(o.Name) is not null).OrderBy(o => o.Name).Select(o => new
        {
            name = o.Name, label = o.Label, keyPrefix = o.KeyPrefix.Length > 0 ? o.KeyPrefix : null, queryable = true, createable = false, updateable = o.Fields.Any(f => f.Updateable),
            deletable = false, custom = false, urls = new { sobject = $"/services/data/v{version}/sobjects/{o.Name}", describe = $"/services/data/v{version}/sobjects/{o.Name}/describe" },
        });
        return Results.Json(new { encoding = "UTF-8", maxBatchSize = 200, sobjects = objects });
    }

    private static void Field(Utf8JsonWriter w, FieldDef f)
    {
        w.WriteStartObject();
        w.WriteBoolean("aggregatable", f.Type is not ("base64" or "textarea"));
        w.WriteBoolean("autoNumber", false);
        w.WriteNumber("byteLength", f.Length * 3);
        w.WriteBoolean("calculated", f.Name == "Name" && f.Type == "string");
        w.WriteBoolean("createable", f.Updateable);
        w.WriteBoolean("custom", false);
        w.WriteNull("defaultValue");
        w.WriteBoolean("defaultedOnCreate", f.Type == "boolean");
        w.WriteBoolean("deprecatedAndHidden", false);
        w.WriteBoolean("filterable", f.Filterable);
        w.WriteBoolean("groupable", f.Groupable);
        w.WriteBoolean("idLookup", f.Name is "Id" or "Username");
        w.WriteString("label", f.Label);
        w.WriteNumber("length", f.Length);
        w.WriteString("name", f.Name);
        w.WriteBoolean("nameField", f.Name == "Name");
        w.WriteBoolean("nillable", f.Nillable);
        w.WriteBoolean("permissionable", f.Name.StartsWith("UserPermissions", StringComparison.Ordinal));
        w.WriteStartArray("picklistValues");
        w.WriteEndArray();
        w.WriteStartArray("referenceTo");
        if (f.ReferenceTo is not null) w.WriteStringValue(f.ReferenceTo);
        w.WriteEndArray();
        if (f.RelationshipName is not null) w.WriteString("relationshipName", f.RelationshipName); else w.WriteNull("relationshipName");
        w.WriteString("soapType", f.SoapType);
        w.WriteBoolean("sortable", f.Sortable);
        w.WriteString("type", f.Type);
        w.WriteBoolean("unique", f.Name is "Id" or "Username");
        w.WriteBoolean("updateable", f.Updateable);
        w.WriteEndObject();
    }
}
