namespace ToriiSalesforce.Engine.Query;

/// <summary>One page of a query, already mapped: its rows, the cursor to the next page, and the total.</summary>
internal sealed record QueryPage<T>(IReadOnlyList<T> Records, string? NextRecordsUrl, long TotalSize);
