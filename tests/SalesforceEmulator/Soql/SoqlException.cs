namespace SalesforceEmulator.Soql;

/// <summary>A query Salesforce refuses: the errorCode, and the message with the position report Salesforce adds.</summary>
public sealed class SoqlException : Exception
{
    public SoqlException(string errorCode, string message) : base(message) => ErrorCode = errorCode;

    public string ErrorCode { get; }

    /// <summary>Builds Salesforce's message layout: the query, a caret under the column, "ERROR at Row:1:Column:n", then the explanation.</summary>
    public static SoqlException At(string errorCode, string query, int position, string explanation)
    {
        var column = position + 1;
        var caret = new string(' ', Math.Max(0, position)) + "^";
        return new SoqlException(errorCode, $"\n{query}\n{caret}\nERROR at Row:1:Column:{column}\n{explanation}");
    }
}
