using SalesforceEmulator.Schema;

namespace SalesforceEmulator.Soql;

/// <summary>
/// The shape of each output record: fields in select order, with parent relationships nested
/// ("Profile.UserLicense.Name" becomes Profile { UserLicense { Name } }) in order of first mention.
/// </summary>
public sealed class SelectPlan
{
    public List<PlanEntry> Entries { get; } = new();

    public abstract record PlanEntry(string Name);
    public sealed record FieldEntry(FieldDef Field) : PlanEntry(Field.Name);
    public sealed record RelationshipEntry(FieldDef Reference, SObjectDef Target, SelectPlan Plan) : PlanEntry(Reference.RelationshipName!);

    public void Add(IReadOnlyList<FieldDef> relationships, IReadOnlyList<SObjectDef> targets, FieldDef field)
    {
        var plan = this;
        for (var i = 0; i < relationships.Count; i++)
        {
            var rel = relationships[i];
            var existing = plan.Entries.OfType<RelationshipEntry>().FirstOrDefault(e => e.Reference.Name == rel.Name);
            if (existing is null)
            {
                existing = new RelationshipEntry(rel, targets[i], new SelectPlan());
                plan.Entries.Add(existing);
            }
            plan = existing.Plan;
        }
        if (!plan.Entries.OfType<FieldEntry>().Any(e => e.Field.Name == field.Name)) plan.Entries.Add(new FieldEntry(field));
    }
}
