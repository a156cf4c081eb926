namespace ToriiSalesforce.Engine.Users;

/// <summary>Filters for listing users. All optional; the defaults list every supported user.</summary>
public sealed class UserQuery
{
    /// <summary>true: active only; false: inactive only; null: both.</summary>
    public bool? Active { get; set; }

    /// <summary>Only users whose record changed at or after this instant (SystemModstamp).</summary>
    public DateTimeOffset? ModifiedSince { get; set; }

    /// <summary>Stop after this many users (also sent as LIMIT, so Salesforce does not prepare more).</summary>
    public int? Top { get; set; }

    /// <summary>Rows per page (Sforce-Query-Options batchSize): 200 to 2000.</summary>
    public int PageSize { get; set; } = 2000;

    /// <summary>Include external, portal, Chatter-only and guest users (marked IsSupported = false).</summary>
    public bool IncludeExternal { get; set; }
}
