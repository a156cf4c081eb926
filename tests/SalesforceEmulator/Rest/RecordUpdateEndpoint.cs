using System.Text.Json;
using SalesforceEmulator.Schema;
using SalesforceEmulator.Soql;

namespace SalesforceEmulator.Rest;

/// <summary>
/// PATCH sobjects/{Type}/{Id} (salesforce-api.md 2.11, 3.5): 204 on success, the error array otherwise.
/// Only the updates the module makes are writable (User.IsActive; UserLogin.IsFrozen and unlocking
/// IsPasswordLocked), and they need Manage Users (or Freeze Users for IsFrozen), as in a real org.
/// </summary>
internal static class RecordUpdateEndpoint
{
    public static async Task<IResult> Handle(HttpContext context, EmulatorState state, string version, string type, string id)
    {
        if (DataAccess.Check(context, state, version, out var userId) is { } refused) return refused;
        var ctx = new QueryContext { Org = state.Org, UserId = userId, Now = DateTimeOffset.UtcNow };
        var def = ctx.Visible(type);
        if (def is null) return ErrorBodies.Rest(404, "NOT_FOUND", "The requested resource does not exist");
        if (!def.Fields.Any(f => f.Updateable))
            return ErrorBodies.Rest(400, "INVALID_TYPE_FOR_OPERATION", $"entity type {def.Name} does not support update");

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body).ConfigureAwait(false);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return ErrorBodies.Rest(400, "JSON_PARSER_ERROR", "Unexpected character: was expecting a JSON object");
        }
        if (body.ValueKind != JsonValueKind.Object) return ErrorBodies.Rest(400, "JSON_PARSER_ERROR", "Cannot deserialize instance of " + def.Name + " from a non-object value");

        lock (state.Org.Store.Gate)
        {
            var row = state.Org.Store.ById(id);
            if (row is null || !state.Org.Store.Rows(def.Name).Contains(row))
                return ErrorBodies.Rest(404, "NOT_FOUND", "The requested resource does not exist");

            var changes = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in body.EnumerateObject())
            {
                var field = def.Fields.FirstOrDefault(f => string.Equals(f.Name, property.Name, StringComparison.OrdinalIgnoreCase));
                if (field is null || state.Org.IsHidden(def, field.Name))
                    return ErrorBodies.Rest(400, "INVALID_FIELD", $"No such column '{property.Name}' on sobject of type {def.Name}");
                if (!field.Updateable || field.Type != "boolean" || property.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    return ErrorBodies.Rest(400, "INVALID_FIELD_FOR_INSERT_UPDATE",
                        $"Unable to create/update fields: {field.Name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.");
                changes[field.Name] = property.Value.GetBoolean();
            }

            if (Refusal(state, userId, def, row, changes) is { } refusal) return refusal;
            foreach (var change in changes) row[change.Key] = change.Value;
            if (row.ContainsKey("LastModifiedDate")) row["LastModifiedDate"] = ctx.Now;
            if (row.ContainsKey("SystemModstamp")) row["SystemModstamp"] = ctx.Now;
        }
        return Results.StatusCode(204);
    }

    private static IResult? Refusal(EmulatorState state, string callerId, SObjectDef def, Org.Row row, Dictionary<string, object?> changes)
    {
        var manageUsers = state.Org.Has(callerId, "PermissionsManageUsers");
        var targetUserId = def.Name == "User" ? row.Id : (string?)row["UserId"];
        // DML without the permission: the error array of a failed save (status and code unconfirmed).
        bool onlyFreezing = changes.Keys.All(k => k.Equals("IsFrozen", StringComparison.OrdinalIgnoreCase));
        if (!manageUsers && !(onlyFreezing && state.Org.Has(callerId, "PermissionsFreezeUsers")))
            return ErrorBodies.Rest(400, "INSUFFICIENT_ACCESS_OR_READONLY", "insufficient access rights on object id");
        if (changes.TryGetValue("IsPasswordLocked", out var locked) && locked is true)
            return ErrorBodies.Rest(400, "FIELD_INTEGRITY_EXCEPTION", "IsPasswordLocked can only be set to false");
        if (targetUserId == callerId && (changes.TryGetValue("IsActive", out var active) && active is false || changes.TryGetValue("IsFrozen", out var frozen) && frozen is true))
            return ErrorBodies.Rest(400, "FIELD_INTEGRITY_EXCEPTION", "You cannot deactivate or freeze your own user.");
        return null;
    }
}
