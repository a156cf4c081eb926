using SalesforceEmulator.Soql;

namespace SalesforceEmulator.Rest;

/// <summary>A server-side cursor: the snapshot of matched rows and the page size fixed by the first request.</summary>
public sealed class QueryCursor
{
    public required string Locator { get; init; }
    public required QueryResult Result { get; init; }
    public required int BatchSize { get; init; }
    public required string ApiVersion { get; init; }
    public required string SObject { get; init; }

    /// <summary>Rows this cursor will ever deliver (OauthToken stops at 2,500).</summary>
    public int Deliverable => Result.Object.QueryRowCap is { } cap ? Math.Min(cap, Result.Rows.Count) : Result.Rows.Count;
}
