namespace SalesforceEmulator.Schema;

/// <summary>An emulated object: its fields in describe order and its relationships.</summary>
public sealed class SObjectDef
{
    private readonly Dictionary<string, FieldDef> _byName;
    private readonly Dictionary<string, FieldDef> _byRelationship;

    public SObjectDef(string name, string label, string keyPrefix, IEnumerable<FieldDef> fields)
    {
        Name = name;
        Label = label;
        KeyPrefix = keyPrefix;
        Fields = fields.ToList();
        _byName = Fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        _byRelationship = Fields.Where(f => f.RelationshipName is not null).ToDictionary(f => f.RelationshipName!, StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }
    public string Label { get; }
    public string KeyPrefix { get; }
    public IReadOnlyList<FieldDef> Fields { get; }

    /// <summary>Rows a query page holds at most (OauthToken serves 500 at a time).</summary>
    public int MaxBatchSize { get; init; } = 2000;

    /// <summary>Rows one query can return in all before Salesforce stops it (OauthToken: 2,500).</summary>
    public int? QueryRowCap { get; init; }

    /// <summary>The Id is always null in results (OauthToken).</summary>
    public bool IdAlwaysNull { get; init; }

    public FieldDef? Field(string name) => _byName.TryGetValue(name, out var f) ? f : null;
    public FieldDef? Relationship(string name) => _byRelationship.TryGetValue(name, out var f) ? f : null;
}
