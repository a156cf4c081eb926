namespace SalesforceEmulator.Soql;

public enum TokenKind { Identifier, String, Number, DateTime, Date, Symbol, End }

/// <summary>One lexical token with its position in the query (for Salesforce's caret reports).</summary>
public sealed record Token(TokenKind Kind, string Text, int Position, object? Value = null)
{
    public bool Is(string keyword) => Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;
}
