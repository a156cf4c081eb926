using SalesforceEmulator.Org;
using SalesforceEmulator.Schema;

namespace SalesforceEmulator.Soql;

/// <summary>A field path checked against the schema: the relationships to follow, then the field.</summary>
public sealed class ResolvedPath
{
    public required FieldPath Path { get; init; }
    public required IReadOnlyList<FieldDef> Relationships { get; init; }
    public required FieldDef Field { get; init; }
    public required SObjectDef Owner { get; init; }

    /// <summary>The value for a row of the root object, following lookups; null when a lookup is empty.</summary>
    public object? Read(Row row, Store store)
    {
        var current = row;
        foreach (var rel in Relationships)
        {
            current = store.ById(current[rel.Name] as string);
            if (current is null) return null;
        }
        return current.TryGetValue(Field.Name, out var v) ? v : null;
    }
}
