namespace ToriiSalesforce.Bridge;

/// <summary>The org's daily API usage as Salesforce last reported it.</summary>
internal readonly struct ApiUsageSnapshot
{
    public ApiUsageSnapshot(long used, long max, long remaining)
    {
        Used = used;
        Max = max;
        Remaining = remaining;
    }

    public long Used { get; }
    public long Max { get; }
    public long Remaining { get; }
}
