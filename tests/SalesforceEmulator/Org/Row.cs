namespace SalesforceEmulator.Org;

/// <summary>One record: field values by canonical field name (case-insensitive lookup).</summary>
public sealed class Row : Dictionary<string, object?>
{
    public Row() : base(StringComparer.OrdinalIgnoreCase) { }

    public string Id => (string)this["Id"]!;
}
