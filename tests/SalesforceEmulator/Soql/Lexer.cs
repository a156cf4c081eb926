using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesforceEmulator.Soql;

/// <summary>Splits SOQL into tokens: identifiers, quoted strings (with SOQL escapes), numbers, date and dateTime literals, symbols.</summary>
public static partial class Lexer
{
    [GeneratedRegex(@"\G\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeLiteral();

    [GeneratedRegex(@"\G\d{4}-\d{2}-\d{2}(?![T\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DateLiteral();

    public static List<Token> Tokenize(string q)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < q.Length)
        {
            var c = q[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }

            if (c == '\'')
            {
                var start = i++;
                var sb = new StringBuilder();
                while (true)
                {
                    if (i >= q.Length) throw SoqlException.At("MALFORMED_QUERY", q, start, "line 1:" + start + " mismatched character '<EOF>' expecting '''");
                    var ch = q[i];
                    if (ch == '\\')
                    {
                        if (i + 1 >= q.Length) throw SoqlException.At("MALFORMED_QUERY", q, i, "Invalid string literal: a backslash must escape a character.");
                        var e = q[i + 1];
                        switch (e)
                        {
                            case 'n' or 'N': sb.Append('\n'); break;
                            case 'r' or 'R': sb.Append('\r'); break;
                            case 't' or 'T': sb.Append('\t'); break;
                            case 'b' or 'B': sb.Append('\b'); break;
                            case 'f' or 'F': sb.Append('\f'); break;
                            case '"': sb.Append('"'); break;
                            case '\'': sb.Append('\''); break;
                            case '\\': sb.Append('\\'); break;
                            case '_': sb.Append("\\_"); break; // kept escaped: only LIKE gives it meaning
                            case '%': sb.Append("\\%"); break;
                            case 'u' when i + 5 < q.Length:
                                sb.Append((char)int.Parse(q.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                                i += 4;
                                break;
                            default:
                                throw SoqlException.At("MALFORMED_QUERY", q, i, $"Invalid string literal '\\{e}'. Illegal character sequence '\\{e}' in string literal.");
                        }
                        i += 2;
                        continue;
                    }
                    if (ch == '\'') { i++; break; }
                    sb.Append(ch);
                    i++;
                }
                tokens.Add(new Token(TokenKind.String, q[start..i], start, sb.ToString()));
                continue;
            }

            if (char.IsDigit(c))
            {
                var dt = DateTimeLiteral().Match(q, i);
                if (dt.Success)
                {
                    var text = dt.Value;
                    var normalized = Regex.Replace(text, @"([+-]\d{2})(\d{2})$", "$1:$2");
                    var value = DateTimeOffset.Parse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
                    tokens.Add(new Token(TokenKind.DateTime, text, i, value));
                    i += text.Length;
                    continue;
                }
                var d = DateLiteral().Match(q, i);
                if (d.Success)
                {
                    var value = DateTime.ParseExact(d.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
                    tokens.Add(new Token(TokenKind.Date, d.Value, i, value));
                    i += d.Value.Length;
                    continue;
                }
                var start = i;
                while (i < q.Length && (char.IsDigit(q[i]) || q[i] == '.')) i++;
                var number = q[start..i];
                tokens.Add(new Token(TokenKind.Number, number, start, decimal.Parse(number, CultureInfo.InvariantCulture)));
                continue;
            }

            if (c == '-' && i + 1 < q.Length && char.IsDigit(q[i + 1]) && (tokens.Count == 0 || tokens[^1].Kind == TokenKind.Symbol))
            {
                var start = i++;
                while (i < q.Length && (char.IsDigit(q[i]) || q[i] == '.')) i++;
                tokens.Add(new Token(TokenKind.Number, q[start..i], start, decimal.Parse(q[start..i], CultureInfo.InvariantCulture)));
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < q.Length && (char.IsLetterOrDigit(q[i]) || q[i] == '_')) i++;
                tokens.Add(new Token(TokenKind.Identifier, q[start..i], start));
                continue;
            }

            var two = i + 1 < q.Length ? q.Substring(i, 2) : "";
            if (two is "!=" or "<>" or "<=" or ">=")
            {
                tokens.Add(new Token(TokenKind.Symbol, two == "<>" ? "!=" : two, i));
                i += 2;
                continue;
            }
            if ("=<>(),.:".IndexOf(c) >= 0)
            {
                tokens.Add(new Token(TokenKind.Symbol, c.ToString(), i));
                i++;
                continue;
            }
            throw SoqlException.At("MALFORMED_QUERY", q, i, $"line 1:{i} no viable alternative at character '{c}'");
        }
        tokens.Add(new Token(TokenKind.End, "<EOF>", q.Length));
        return tokens;
    }
}
