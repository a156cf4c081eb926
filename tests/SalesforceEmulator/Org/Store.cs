using SalesforceEmulator.Schema;

namespace SalesforceEmulator.Org;

/// <summary>The org's records per object, with an id index for following relationships. Guarded by one lock: writes are rare.</summary>
public sealed class Store
{
    private readonly Dictionary<string, List<Row>> _rows = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Row> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SObjectDef> _objects = new(StringComparer.OrdinalIgnoreCase);

    public object Gate { get; } = new();

    public void Define(SObjectDef def)
    {
        _objects[def.Name] = def;
        if (!_rows.ContainsKey(def.Name)) _rows[def.Name] = new List<Row>();
    }

    public SObjectDef? Object(string name) => _objects.TryGetValue(name, out var d) ? d : null;
    public IEnumerable<SObjectDef> Objects => _objects.Values;

    public List<Row> Rows(string sobject) => _rows[sobject];

    public void Add(string sobject, Row row)
    {
        _rows[sobject].Add(row);
        if (row.TryGetValue("Id", out var id) && id is string s) _byId[s] = row;
    }

    public Row? ById(string? id) => id is not null && _byId.TryGetValue(Ids.Normalize(id), out var r) ? r : null;
}
