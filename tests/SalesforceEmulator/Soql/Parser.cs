using System.Globalization;

namespace SalesforceEmulator.Soql;

/// <summary>Recursive-descent parser for the SOQL subset; syntax errors are MALFORMED_QUERY with Salesforce's wording.</summary>
public sealed class Parser
{
    private readonly string _q;
    private readonly List<Token> _t;
    private readonly Func<DateTimeOffset> _now;
    private int _i;
    private bool _inSubquery;

    private Parser(string q, Func<DateTimeOffset> now)
    {
        _q = q;
        _t = Lexer.Tokenize(q);
        _now = now;
    }

    public static SoqlQuery Parse(string q, Func<DateTimeOffset>? now = null) => new Parser(q, now ?? (() => DateTimeOffset.UtcNow)).Query();

    private Token Peek => _t[_i];
    private Token Next() => _t[_i++];

    private SoqlException Unexpected(Token t) => SoqlException.At("MALFORMED_QUERY", _q, t.Position, $"unexpected token: '{t.Text}'");

    private void Expect(string keyword)
    {
        var t = Next();
        if (!t.Is(keyword)) throw Unexpected(t);
    }

    private void ExpectSymbol(string s)
    {
        var t = Next();
        if (!t.IsSymbol(s)) throw Unexpected(t);
    }

    private SoqlQuery Query()
    {
        Expect("SELECT");
        var select = new List<SelectItem> { SelectItemRule() };
        while (Peek.IsSymbol(",")) { Next(); select.Add(SelectItemRule()); }
        Expect("FROM");
        var from = Next();
        if (from.Kind != TokenKind.Identifier) throw Unexpected(from);

        Condition? where = null;
        var groupBy = new List<FieldPath>();
        var orderBy = new List<OrderItem>();
        int? limit = null, offset = null;
        if (Peek.Is("WHERE")) { Next(); where = Condition(); CheckSemiJoins(where); }
        if (Peek.Is("GROUP")) { Next(); Expect("BY"); groupBy.Add(Path()); while (Peek.IsSymbol(",")) { Next(); groupBy.Add(Path()); } }
        if (Peek.Is("ORDER"))
        {
            Next(); Expect("BY");
            orderBy.Add(OrderRule());
            while (Peek.IsSymbol(",")) { Next(); orderBy.Add(OrderRule()); }
        }
        if (Peek.Is("LIMIT")) { Next(); limit = Integer(); }
        if (Peek.Is("OFFSET")) { Next(); offset = Integer(); }
        if (Peek.Kind != TokenKind.End) throw Unexpected(Peek);
        return new SoqlQuery { Text = _q, From = from.Text, FromPosition = from.Position, Select = select, Where = where, GroupBy = groupBy, OrderBy = orderBy, Limit = limit, Offset = offset };
    }

    private int Integer()
    {
        var t = Next();
        if (t.Kind != TokenKind.Number || t.Text.Contains('.')) throw Unexpected(t);
        return int.Parse(t.Text, CultureInfo.InvariantCulture);
    }

    private SelectItem SelectItemRule()
    {
        var t = Peek;
        if (t.Kind == TokenKind.Identifier && _t[_i + 1].IsSymbol("(") &&
            (t.Is("COUNT") || t.Is("MAX") || t.Is("MIN") || t.Is("SUM") || t.Is("AVG") || t.Is("COUNT_DISTINCT")))
        {
            Next(); Next();
            FieldPath? path = null;
            if (!Peek.IsSymbol(")")) path = Path();
            ExpectSymbol(")");
            string? alias = null;
            if (Peek.Kind == TokenKind.Identifier && !IsClauseKeyword(Peek)) alias = Next().Text;
            return new AggregateItem(t.Text.ToUpperInvariant(), path, alias, t.Position);
        }
        var p = Path();
        return new FieldItem(p, p.Position);
    }

    private static bool IsClauseKeyword(Token t) => t.Is("FROM") || t.Is("WHERE") || t.Is("GROUP") || t.Is("ORDER") || t.Is("LIMIT") || t.Is("OFFSET");

    private FieldPath Path()
    {
        var first = Next();
        if (first.Kind != TokenKind.Identifier || IsClauseKeyword(first)) throw Unexpected(first);
        var parts = new List<string> { first.Text };
        while (Peek.IsSymbol("."))
        {
            Next();
            var part = Next();
            if (part.Kind != TokenKind.Identifier) throw Unexpected(part);
            parts.Add(part.Text);
        }
        return new FieldPath(parts, first.Position);
    }

    private OrderItem OrderRule()
    {
        var path = Path();
        var desc = false;
        bool? nullsFirst = null;
        if (Peek.Is("ASC")) Next();
        else if (Peek.Is("DESC")) { Next(); desc = true; }
        if (Peek.Is("NULLS"))
        {
            Next();
            var which = Next();
            if (which.Is("FIRST")) nullsFirst = true;
            else if (which.Is("LAST")) nullsFirst = false;
            else throw Unexpected(which);
        }
        return new OrderItem(path, desc, nullsFirst);
    }

    /// <summary>
    /// A condition expression: terms joined by AND, or by OR, but not both at one level. SOQL wants
    /// parentheses there, and refuses the first operator of the other kind with "unexpected token: OR".
    /// </summary>
    private Condition Condition()
    {
        var left = Term();
        if (Peek.Is("AND"))
        {
            while (Peek.Is("AND")) { Next(); left = new AndCondition(left, Term()); }
            if (Peek.Is("OR")) throw Mixed(Peek);
        }
        else if (Peek.Is("OR"))
        {
            while (Peek.Is("OR")) { Next(); left = new OrCondition(left, Term()); }
            if (Peek.Is("AND")) throw Mixed(Peek);
        }
        return left;
    }

    // This refusal names the token without quotes, as Salesforce words it.
    private SoqlException Mixed(Token t) => SoqlException.At("MALFORMED_QUERY", _q, t.Position, $"unexpected token: {t.Text}");

    private Condition Term()
    {
        if (Peek.Is("NOT")) { Next(); return new NotCondition(Term()); }
        if (Peek.IsSymbol("("))
        {
            Next();
            var inner = Condition();
            ExpectSymbol(")");
            return inner;
        }
        var path = Path();
        var op = Next();
        if (op.Is("IN")) return InRhs(path, false);
        if (op.Is("NOT") && Peek.Is("IN")) { Next(); return InRhs(path, true); }
        if (op.Is("LIKE"))
        {
            var lit = Value();
            if (lit.Kind != LiteralKind.String) throw SoqlException.At("MALFORMED_QUERY", _q, lit.Position, "LIKE needs a string pattern");
            return new LikeCondition(path, (string)lit.Value!);
        }
        if (op.Kind == TokenKind.Symbol && op.Text is "=" or "!=" or "<" or ">" or "<=" or ">=")
            return new Comparison(path, op.Text, Value());
        throw Unexpected(op);
    }

    /// <summary>After IN / NOT IN: a list of literals, or a semi-join (anti-join) sub-select.</summary>
    private Condition InRhs(FieldPath path, bool negated)
    {
        if (Peek.IsSymbol("(") && _t[_i + 1].Is("SELECT"))
        {
            var select = _t[_i + 1];
            if (_inSubquery) throw SoqlException.At("MALFORMED_QUERY", _q, select.Position, "Nesting of semi join sub-selects is not supported");
            Next();
            return new SemiJoinCondition(path, negated, SubQuery(), select.Position);
        }
        return new InCondition(path, negated, List());
    }

    /// <summary>
    /// The sub-select of a semi-join, after its opening parenthesis: SELECT one field FROM an object,
    /// an optional WHERE, then the closing parenthesis (COUNT(), ORDER BY, LIMIT and the like are refused there).
    /// </summary>
    private SoqlQuery SubQuery()
    {
        Expect("SELECT");
        var field = Path();
        if (field.Parts.Count > 1)
            throw SoqlException.At("MALFORMED_QUERY", _q, field.Position, $"semi join sub selects can only query id fields, cannot use: '{field}'");
        Expect("FROM");
        var from = Next();
        if (from.Kind != TokenKind.Identifier) throw Unexpected(from);
        Condition? where = null;
        if (Peek.Is("WHERE"))
        {
            Next();
            _inSubquery = true;
            try { where = Condition(); }
            finally { _inSubquery = false; }
        }
        ExpectSymbol(")");
        return new SoqlQuery { Text = _q, From = from.Text, FromPosition = from.Position, Select = new List<SelectItem> { new FieldItem(field, field.Position) }, Where = where };
    }

    /// <summary>
    /// Semi-joins stand only at the top level of the WHERE clause, joined to the rest by AND, and
    /// at most two of them: under a top-level OR, under NOT or inside a nested OR they are refused.
    /// </summary>
    private void CheckSemiJoins(Condition where)
    {
        var count = 0;
        void Walk(Condition c, string? blocker)
        {
            switch (c)
            {
                case AndCondition a:
                    Walk(a.Left, blocker);
                    Walk(a.Right, blocker);
                    break;
                case OrCondition o:
                    var why = blocker ?? (ReferenceEquals(o, where) ? "OR" : "nested");
                    Walk(o.Left, why);
                    Walk(o.Right, why);
                    break;
                case NotCondition n:
                    Walk(n.Inner, blocker ?? "nested");
                    break;
                case SemiJoinCondition s:
                    if (blocker == "OR")
                        throw SoqlException.At("MALFORMED_QUERY", _q, s.Path.Position, "Semi join sub-selects are not allowed with the 'OR' operator");
                    if (blocker is not null)
                        throw SoqlException.At("MALFORMED_QUERY", _q, s.Path.Position, "Semi join sub-selects are only allowed at the top level WHERE expressions and not in nested WHERE expressions.");
                    if (++count > 2)
                        throw SoqlException.At("MALFORMED_QUERY", _q, s.Path.Position, "Maximum of 2 semi join sub-selects are allowed");
                    break;
            }
        }
        Walk(where, null);
    }

    private List<Literal> List()
    {
        ExpectSymbol("(");
        var values = new List<Literal> { Value() };
        while (Peek.IsSymbol(",")) { Next(); values.Add(Value()); }
        ExpectSymbol(")");
        return values;
    }

    private Literal Value()
    {
        var t = Next();
        switch (t.Kind)
        {
            case TokenKind.String: return new Literal(LiteralKind.String, t.Value, t.Position, t.Text);
            case TokenKind.Number: return new Literal(LiteralKind.Number, t.Value, t.Position, t.Text);
            case TokenKind.DateTime: return new Literal(LiteralKind.DateTime, t.Value, t.Position, t.Text);
            case TokenKind.Date: return new Literal(LiteralKind.Date, t.Value, t.Position, t.Text);
            case TokenKind.Identifier:
                if (t.Is("true")) return new Literal(LiteralKind.Boolean, true, t.Position, t.Text);
                if (t.Is("false")) return new Literal(LiteralKind.Boolean, false, t.Position, t.Text);
                if (t.Is("null")) return new Literal(LiteralKind.Null, null, t.Position, t.Text);
                return DateRange(t);
            default:
                throw Unexpected(t);
        }
    }

    /// <summary>Relative date literals, as UTC day ranges [start, end).</summary>
    private Literal DateRange(Token t)
    {
        var today = new DateTimeOffset(_now().UtcDateTime.Date, TimeSpan.Zero);
        int N()
        {
            ExpectSymbol(":");
            return Integer();
        }
        (DateTimeOffset, DateTimeOffset) range = t.Text.ToUpperInvariant() switch
        {
            "TODAY" => (today, today.AddDays(1)),
            "YESTERDAY" => (today.AddDays(-1), today),
            "TOMORROW" => (today.AddDays(1), today.AddDays(2)),
            "LAST_90_DAYS" => (today.AddDays(-90), today.AddDays(1)),
            "NEXT_90_DAYS" => (today.AddDays(1), today.AddDays(91)),
            "LAST_N_DAYS" => N() is var n ? (today.AddDays(-n), today.AddDays(1)) : default,
            "NEXT_N_DAYS" => N() is var m ? (today.AddDays(1), today.AddDays(m + 1)) : default,
            "N_DAYS_AGO" => N() is var k ? (today.AddDays(-k), today.AddDays(-k + 1)) : default,
            "THIS_MONTH" => (new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1)),
            "LAST_MONTH" => (new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-1), new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.Zero)),
            _ => throw Unexpected(t),
        };
        return new Literal(LiteralKind.DateRange, null, t.Position, t.Text, range.Item1, range.Item2);
    }
}
