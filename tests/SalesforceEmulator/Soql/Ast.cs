namespace SalesforceEmulator.Soql;

/// <summary>A parsed SOQL query (the subset the emulator serves).</summary>
public sealed class SoqlQuery
{
    public required string Text { get; init; }
    public required string From { get; init; }
    public required int FromPosition { get; init; }
    public required List<SelectItem> Select { get; init; }
    public Condition? Where { get; init; }
    public List<FieldPath> GroupBy { get; init; } = new();
    public List<OrderItem> OrderBy { get; init; } = new();
    public int? Limit { get; init; }
    public int? Offset { get; init; }

    /// <summary>SELECT COUNT() FROM ...: only totalSize is returned.</summary>
    public bool IsCountOnly => Select.Count == 1 && Select[0] is AggregateItem { Function: "COUNT", Path: null, Alias: null } && GroupBy.Count == 0;
    public bool IsAggregate => Select.Any(s => s is AggregateItem) && !IsCountOnly || GroupBy.Count > 0;
}

/// <summary>A dotted field path as written ("Profile.UserLicense.Name"), with where it starts in the query.</summary>
public sealed record FieldPath(IReadOnlyList<string> Parts, int Position)
{
    public override string ToString() => string.Join(".", Parts);
}

public abstract record SelectItem(int Position);
public sealed record FieldItem(FieldPath Path, int Position) : SelectItem(Position);
public sealed record AggregateItem(string Function, FieldPath? Path, string? Alias, int Position) : SelectItem(Position);

public sealed record OrderItem(FieldPath Path, bool Descending, bool? NullsFirst);

public abstract record Condition;
public sealed record AndCondition(Condition Left, Condition Right) : Condition;
public sealed record OrCondition(Condition Left, Condition Right) : Condition;
public sealed record NotCondition(Condition Inner) : Condition;
public sealed record Comparison(FieldPath Path, string Operator, Literal Value) : Condition;
public sealed record InCondition(FieldPath Path, bool Negated, IReadOnlyList<Literal> Values) : Condition;
public sealed record LikeCondition(FieldPath Path, string Pattern) : Condition;

/// <summary>A semi-join (field IN (SELECT idField FROM Object ...)) or, negated, an anti-join (NOT IN); Position is the inner SELECT's.</summary>
public sealed record SemiJoinCondition(FieldPath Path, bool Negated, SoqlQuery Subquery, int Position) : Condition;

/// <summary>A literal: string, number, boolean, null, date, dateTime, or a relative date range (TODAY, LAST_N_DAYS:n).</summary>
public sealed record Literal(LiteralKind Kind, object? Value, int Position, string Text, DateTimeOffset? RangeStart = null, DateTimeOffset? RangeEnd = null);

public enum LiteralKind { String, Number, Boolean, Null, Date, DateTime, DateRange }
