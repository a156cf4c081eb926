using System.Globalization;
using System.Text.RegularExpressions;
using SalesforceEmulator.Org;
using SalesforceEmulator.Schema;

namespace SalesforceEmulator.Soql;

/// <summary>Checks a parsed query against the schema as Salesforce does (strictly), then filters, sorts, groups and slices the rows.</summary>
public static class Evaluator
{
    private const string FieldHint = "If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.";

    public static QueryResult Run(SoqlQuery q, QueryContext ctx)
    {
        lock (ctx.Store.Gate)
        {
            var obj = ctx.Visible(q.From)
                      ?? throw SoqlException.At("INVALID_TYPE", q.Text, q.FromPosition,
                          $"sObject type '{q.From}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.");

            var plan = new SelectPlan();
            var selectPaths = new List<(SelectItem Item, ResolvedPath? Path)>();
            foreach (var item in q.Select)
            {
                switch (item)
                {
                    case FieldItem f:
                        var rp = Resolve(f.Path, obj, q, ctx);
                        selectPaths.Add((item, rp));
                        plan.Add(rp.Relationships, Targets(rp, obj, ctx), rp.Field);
                        break;
                    case AggregateItem a:
                        selectPaths.Add((item, a.Path is null ? null : Resolve(a.Path, obj, q, ctx)));
                        break;
                }
            }

            var where = q.Where is null ? null : Compile(q.Where, obj, q, ctx);
            // SOQL sorts nulls first by default, ascending or descending; only NULLS LAST moves them.
            var order = q.OrderBy.Select(o => (Path: Resolve(o.Path, obj, q, ctx), o.Descending, NullsFirst: o.NullsFirst ?? true)).ToList();
            var groupBy = q.GroupBy.Select(g => Resolve(g, obj, q, ctx)).ToList();
            foreach (var g in groupBy.Where(g => !g.Field.Groupable))
                throw SoqlException.At("INVALID_FIELD", q.Text, g.Path.Position, $"field '{g.Field.Name}' can not be grouped in a query call");

            if (q.Offset is > 2000 && obj.QueryRowCap is null)
                throw new SoqlException("NUMBER_OUTSIDE_VALID_RANGE", "Maximum SOQL offset allowed is 2000");

            IEnumerable<Row> rows = ctx.Rows(obj);
            if (where is not null) rows = rows.Where(r => where(r));
            var matched = rows.ToList();

            if (q.IsCountOnly)
            {
                return new QueryResult { Object = obj, Plan = plan, Rows = Array.Empty<Row>(), IsAggregate = false, CountOnly = true, TotalSize = matched.Count };
            }

            if (q.IsAggregate)
            {
                foreach (var (item, path) in selectPaths)
                {
                    if (item is FieldItem && !groupBy.Any(g => g.Path.ToString().Equals(path!.Path.ToString(), StringComparison.OrdinalIgnoreCase)))
                        throw SoqlException.At("MALFORMED_QUERY", q.Text, item.Position, $"Field must be grouped or aggregated: {path!.Field.Name}");
                }
                var groups = Aggregate(matched, selectPaths, groupBy, ctx);
                groups = Sort(groups, order.Select(o => ((Func<Row, object?>)(r => r.TryGetValue(o.Path.Field.Name, out var v) ? v : null), o.Descending, o.NullsFirst)).ToList());
                groups = Slice(groups, q);
                return new QueryResult { Object = obj, Plan = plan, Rows = groups, IsAggregate = true, CountOnly = false, TotalSize = groups.Count };
            }

            matched = Sort(matched, order.Select(o => ((Func<Row, object?>)(r => o.Path.Read(r, ctx.Store)), o.Descending, o.NullsFirst)).ToList());
            matched = Slice(matched, q);
            return new QueryResult { Object = obj, Plan = plan, Rows = matched, IsAggregate = false, CountOnly = false, TotalSize = matched.Count };
        }
    }

    private static List<Row> Slice(List<Row> rows, SoqlQuery q)
    {
        IEnumerable<Row> r = rows;
        if (q.Offset is { } offset) r = r.Skip(offset);
        if (q.Limit is { } limit) r = r.Take(limit);
        return r.ToList();
    }

    private static IReadOnlyList<SObjectDef> Targets(ResolvedPath rp, SObjectDef root, QueryContext ctx) =>
        rp.Relationships.Select(r => ctx.Store.Object(r.ReferenceTo!)!).ToList();

    public static ResolvedPath Resolve(FieldPath path, SObjectDef root, SoqlQuery q, QueryContext ctx)
    {
        var current = root;
        var rels = new List<FieldDef>();
        var parts = path.Parts.ToList();
        // A path may start with the object's own name (SELECT User.Name FROM User).
        if (parts.Count > 1 && parts[0].Equals(root.Name, StringComparison.OrdinalIgnoreCase)) parts.RemoveAt(0);
        for (var i = 0; i < parts.Count - 1; i++)
        {
            var rel = current.Relationship(parts[i]);
            var target = rel?.ReferenceTo is { } to ? ctx.Store.Object(to) : null;
            if (rel is null || target is null)
                throw SoqlException.At("INVALID_FIELD", q.Text, path.Position,
                    $"Didn't understand relationship '{parts[i]}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.");
            rels.Add(rel);
            current = target;
        }
        var field = current.Field(parts[^1]);
        if (field is null || ctx.Org.IsHidden(current, field.Name))
            throw SoqlException.At("INVALID_FIELD", q.Text, path.Position, $"No such column '{parts[^1]}' on entity '{current.Name}'. {FieldHint}");
        return new ResolvedPath { Path = path, Relationships = rels, Field = field, Owner = current };
    }

    private static Func<Row, bool> Compile(Condition c, SObjectDef obj, SoqlQuery q, QueryContext ctx)
    {
        switch (c)
        {
            case AndCondition a:
            {
                var l = Compile(a.Left, obj, q, ctx);
                var r = Compile(a.Right, obj, q, ctx);
                return row => l(row) && r(row);
            }
            case OrCondition o:
            {
                var l = Compile(o.Left, obj, q, ctx);
                var r = Compile(o.Right, obj, q, ctx);
                return row => l(row) || r(row);
            }
            case NotCondition n:
            {
                var inner = Compile(n.Inner, obj, q, ctx);
                return row => !inner(row);
            }
            case Comparison cmp:
            {
                var path = Filterable(cmp.Path, obj, q, ctx);
                var literal = Coerce(cmp.Value, path, q);
                return row => Compare(path.Read(row, ctx.Store), cmp.Operator, literal);
            }
            case InCondition inc:
            {
                var path = Filterable(inc.Path, obj, q, ctx);
                var values = inc.Values.Select(v => Coerce(v, path, q)).ToList();
                return row =>
                {
                    var value = path.Read(row, ctx.Store);
                    var found = values.Any(v => Compare(value, "=", v));
                    return inc.Negated ? !found : found;
                };
            }
            case LikeCondition like:
            {
                var path = Filterable(like.Path, obj, q, ctx);
                var regex = LikeRegex(like.Pattern);
                return row => path.Read(row, ctx.Store) is string s && regex.IsMatch(s);
            }
            case SemiJoinCondition semi:
            {
                var path = Filterable(semi.Path, obj, q, ctx);
                if (path.Relationships.Count > 0)
                    throw SoqlException.At("MALFORMED_QUERY", q.Text, semi.Path.Position, $"semi join sub-selects can not be used with relationship fields, cannot use: '{semi.Path}'");
                if (path.Field.Type is not ("id" or "reference"))
                    throw SoqlException.At("MALFORMED_QUERY", q.Text, semi.Path.Position, $"semi join sub-selects can only be compared with id fields, cannot use: '{semi.Path}'");
                var ids = SemiJoinIds(semi.Subquery, obj, ctx);
                return row =>
                {
                    var found = path.Read(row, ctx.Store) is string id && ids.Contains(Ids.Normalize(id));
                    return semi.Negated ? !found : found;
                };
            }
            default:
                throw new InvalidOperationException("Unknown condition " + c);
        }
    }

    /// <summary>
    /// Runs the sub-select of a semi-join with the same context (so the same object access and row
    /// visibility as the outer query) and returns the ids it selects, nulls left out.
    /// </summary>
    private static HashSet<string> SemiJoinIds(SoqlQuery sub, SObjectDef outer, QueryContext ctx)
    {
        var obj = ctx.Visible(sub.From)
                  ?? throw SoqlException.At("INVALID_TYPE", sub.Text, sub.FromPosition,
                      $"sObject type '{sub.From}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.");
        if (obj.Name == outer.Name)
            throw SoqlException.At("MALFORMED_QUERY", sub.Text, sub.FromPosition, $"semi join sub-selects can not query the same entity as the outer query: '{obj.Name}'");
        var item = (FieldItem)sub.Select[0];
        var selected = Resolve(item.Path, obj, sub, ctx);
        if (selected.Relationships.Count > 0 || selected.Field.Type is not ("id" or "reference"))
            throw SoqlException.At("MALFORMED_QUERY", sub.Text, item.Position, $"semi join sub selects can only query id fields, cannot use: '{item.Path}'");
        var where = sub.Where is null ? null : Compile(sub.Where, obj, sub, ctx);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ctx.Rows(obj))
        {
            if (where is not null && !where(row)) continue;
            if (obj.IdAlwaysNull && selected.Field.Name == "Id") continue;
            if (selected.Read(row, ctx.Store) is string id) ids.Add(Ids.Normalize(id));
        }
        return ids;
    }

    private static ResolvedPath Filterable(FieldPath p, SObjectDef obj, SoqlQuery q, QueryContext ctx)
    {
        var path = Resolve(p, obj, q, ctx);
        if (!path.Field.Filterable)
            throw SoqlException.At("INVALID_FIELD", q.Text, p.Position, $"field '{path.Field.Name}' can not be filtered in a query call");
        return path;
    }

    /// <summary>Checks a literal against the field's type as Salesforce does, and normalises ids to 18 characters.</summary>
    private static Literal Coerce(Literal lit, ResolvedPath path, SoqlQuery q)
    {
        var type = path.Field.Type;
        if (lit.Kind == LiteralKind.Null) return lit;
        if (type == "datetime" && lit.Kind == LiteralKind.Date)
            throw SoqlException.At("INVALID_FIELD", q.Text, lit.Position, $"value of filter criterion for field '{path.Field.Name}' must be of type dateTime and should not be enclosed in quotes");
        if (type is "datetime" or "date" && lit.Kind == LiteralKind.String)
            throw SoqlException.At("INVALID_FIELD", q.Text, lit.Position, $"value of filter criterion for field '{path.Field.Name}' must be of type {type} and should not be enclosed in quotes");
        if (type == "boolean" && lit.Kind != LiteralKind.Boolean)
            throw SoqlException.At("INVALID_FIELD", q.Text, lit.Position, $"value of filter criterion for field '{path.Field.Name}' must be of type boolean and should not be enclosed in quotes");
        if (type is "int" or "double" && lit.Kind != LiteralKind.Number)
            throw SoqlException.At("INVALID_FIELD", q.Text, lit.Position, $"value of filter criterion for field '{path.Field.Name}' must be of type {type} and should not be enclosed in quotes");
        if (type is "id" or "reference" && lit.Kind == LiteralKind.String && lit.Value is string id)
        {
            if (id.Length is not (15 or 18) || !id.All(char.IsLetterOrDigit))
                throw SoqlException.At("INVALID_QUERY_FILTER_OPERATOR", q.Text, lit.Position, $"invalid ID field: {id}");
            return lit with { Value = Ids.Normalize(id) };
        }
        return lit;
    }

    private static bool Compare(object? value, string op, Literal lit)
    {
        if (lit.Kind == LiteralKind.Null)
            return op switch { "=" => value is null, "!=" => value is not null, _ => false };
        if (lit.Kind == LiteralKind.DateRange)
        {
            if (value is not DateTimeOffset and not DateTime) return false;
            var at = value is DateTime d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : (DateTimeOffset)value;
            return op switch
            {
                "=" => at >= lit.RangeStart && at < lit.RangeEnd,
                "!=" => !(at >= lit.RangeStart && at < lit.RangeEnd),
                "<" => at < lit.RangeStart,
                "<=" => at < lit.RangeEnd,
                ">" => at >= lit.RangeEnd,
                ">=" => at >= lit.RangeStart,
                _ => false,
            };
        }
        if (value is null) return op == "!=";
        var c = CompareValues(value, lit.Value);
        if (c is null) return op == "!=";
        return op switch
        {
            "=" => c == 0,
            "!=" => c != 0,
            "<" => c < 0,
            "<=" => c <= 0,
            ">" => c > 0,
            ">=" => c >= 0,
            _ => false,
        };
    }

    /// <summary>Orders two values of compatible kinds; text compares case-insensitively as SOQL does.</summary>
    public static int? CompareValues(object? a, object? b)
    {
        switch (a)
        {
            case null: return b is null ? 0 : -1;
            case string s when b is string t: return string.Compare(s, t, StringComparison.OrdinalIgnoreCase);
            case bool x when b is bool y: return x.CompareTo(y);
            case DateTimeOffset x when b is DateTimeOffset y: return x.CompareTo(y);
            case DateTimeOffset x when b is DateTime y: return x.CompareTo(new DateTimeOffset(DateTime.SpecifyKind(y, DateTimeKind.Utc)));
            case DateTime x when b is DateTime y: return x.CompareTo(y);
            case DateTime x when b is DateTimeOffset y: return new DateTimeOffset(DateTime.SpecifyKind(x, DateTimeKind.Utc)).CompareTo(y);
        }
        if (IsNumber(a) && IsNumber(b)) return Convert.ToDecimal(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(b, CultureInfo.InvariantCulture));
        return null;
    }

    private static bool IsNumber(object? v) => v is int or long or double or decimal or float;

    private static Regex LikeRegex(string pattern)
    {
        var sb = new System.Text.StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var ch = pattern[i];
            if (ch == '\\' && i + 1 < pattern.Length && pattern[i + 1] is '_' or '%') { sb.Append(Regex.Escape(pattern[i + 1].ToString())); i++; }
            else if (ch == '%') sb.Append(".*");
            else if (ch == '_') sb.Append('.');
            else sb.Append(Regex.Escape(ch.ToString()));
        }
        return new Regex(sb.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    private static List<Row> Sort(List<Row> rows, List<(Func<Row, object?> Key, bool Descending, bool NullsFirst)> order)
    {
        if (order.Count == 0) return rows;
        var sorted = rows.ToList();
        sorted.Sort((x, y) =>
        {
            foreach (var (key, desc, nullsFirst) in order)
            {
                var a = key(x);
                var b = key(y);
                int c;
                if (a is null && b is null) c = 0;
                else if (a is null) c = nullsFirst ? -1 : 1;
                else if (b is null) c = nullsFirst ? 1 : -1;
                else
                {
                    c = CompareValues(a, b) ?? 0;
                    if (desc) c = -c;
                }
                if (c != 0) return c;
            }
            return 0;
        });
        return sorted;
    }

    private static List<Row> Aggregate(List<Row> matched, List<(SelectItem Item, ResolvedPath? Path)> select, List<ResolvedPath> groupBy, QueryContext ctx)
    {
        var groups = matched.GroupBy(r => string.Join("\u0001", groupBy.Select(g => Convert.ToString(g.Read(r, ctx.Store), CultureInfo.InvariantCulture) ?? "\u0000")));
        var result = new List<Row>();
        var groupList = groupBy.Count == 0 ? new[] { matched.AsEnumerable() }.Select(g => g.ToList()).ToList() : groups.Select(g => g.ToList()).ToList();
        foreach (var g in groupList)
        {
            var row = new Row();
            var expr = 0;
            foreach (var (item, path) in select)
            {
                switch (item)
                {
                    case FieldItem:
                        row[path!.Field.Name] = g.Count > 0 ? path.Read(g[0], ctx.Store) : null;
                        break;
                    case AggregateItem a:
                        var name = a.Alias ?? "expr" + expr++;
                        var values = path is null ? g.Select(_ => (object?)1) : g.Select(r => path.Read(r, ctx.Store)).Where(v => v is not null);
                        row[name] = a.Function switch
                        {
                            "COUNT" => values.Count(),
                            "COUNT_DISTINCT" => values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)).Distinct().Count(),
                            "MAX" => values.OrderByDescending(v => v, Comparer<object?>.Create((x, y) => CompareValues(x, y) ?? 0)).FirstOrDefault(),
                            "MIN" => values.OrderBy(v => v, Comparer<object?>.Create((x, y) => CompareValues(x, y) ?? 0)).FirstOrDefault(),
                            "SUM" => values.Sum(v => Convert.ToDecimal(v, CultureInfo.InvariantCulture)),
                            "AVG" => values.Any() ? values.Average(v => Convert.ToDecimal(v, CultureInfo.InvariantCulture)) : null,
                            _ => null,
                        };
                        break;
                }
            }
            result.Add(row);
        }
        return result;
    }
}
