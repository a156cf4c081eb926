namespace ToriiSalesforce.Engine.Usage;

/// <summary>Filters for reading LoginHistory.</summary>
public sealed class LoginHistoryQuery
{
    /// <summary>LoginTime at or after (UTC). With a checkpoint, the later of this and the checkpoint wins.</summary>
    public DateTimeOffset? Since { get; set; }

    /// <summary>LoginTime before (UTC).</summary>
    public DateTimeOffset? Until { get; set; }

    /// <summary>Only these users (18- or 15-character ids).</summary>
    public IReadOnlyList<string>? UserIds { get; set; }

    /// <summary>Only successful logins. Status cannot be filtered in SOQL, so failures are dropped as they arrive.</summary>
    public bool SuccessOnly { get; set; }

    public int PageSize { get; set; } = 2000;
}
