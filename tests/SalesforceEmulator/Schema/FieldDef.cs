namespace SalesforceEmulator.Schema;

/// <summary>One field of an emulated object, with the describe properties clients read.</summary>
public sealed record FieldDef(string Name, string Type, string Label)
{
    public string? ReferenceTo { get; init; }
    public string? RelationshipName { get; init; }
    public bool Nillable { get; init; } = true;
    public bool Filterable { get; init; } = true;
    public bool Groupable { get; init; } = true;
    public bool Sortable { get; init; } = true;
    public bool Updateable { get; init; }
    public int Length { get; init; }

    public string SoapType => Type switch
    {
        "id" or "reference" => "tns:ID",
        "boolean" => "xsd:boolean",
        "datetime" => "xsd:dateTime",
        "date" => "xsd:date",
        "int" => "xsd:int",
        "double" => "xsd:double",
        "base64" => "xsd:base64Binary",
        _ => "xsd:string",
    };
}
