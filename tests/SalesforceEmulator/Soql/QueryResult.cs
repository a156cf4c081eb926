using SalesforceEmulator.Org;
using SalesforceEmulator.Schema;

namespace SalesforceEmulator.Soql;

/// <summary>The rows a query matched (a snapshot, so a cursor pages over exactly what matched), and how to write them.</summary>
public sealed class QueryResult
{
    public required SObjectDef Object { get; init; }
    public required SelectPlan Plan { get; init; }

    /// <summary>Matched rows: records, or for aggregate queries one dictionary per group (already keyed by output name).</summary>
    public required IReadOnlyList<Row> Rows { get; init; }

    public required bool IsAggregate { get; init; }
    public required bool CountOnly { get; init; }

    /// <summary>totalSize: rows matched (for COUNT(), the count).</summary>
    public required int TotalSize { get; init; }
}
