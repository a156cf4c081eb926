namespace ToriiSalesforce.Engine.Permissions;

/// <summary>The outcome of one prerequisite check.</summary>
public sealed class PermissionCheckResult
{
    public string Name { get; init; } = "";
    public bool Passed { get; init; }
    public bool Required { get; init; }
    public string AffectedFeatures { get; init; } = "";
    public string Detail { get; init; } = "";

    /// <summary>The steps to fix it; empty when it passed.</summary>
    public string Remediation { get; init; } = "";
}
