using System;

namespace ToriiSalesforce.Bridge;

/// <summary>Get-ToriiSfUser's list parameters, as bound; no engine type.</summary>
internal sealed class UserListFilter
{
    /// <summary>true: active only; false: inactive only; null: both.</summary>
    public bool? Active { get; set; }
    public DateTimeOffset? ModifiedSince { get; set; }
    public int? Top { get; set; }
    public int PageSize { get; set; } = 2000;
    public bool IncludeExternal { get; set; }
}
