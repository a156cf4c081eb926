namespace ToriiSalesforce;

/// <summary>
/// One prerequisite Test-ToriiSfPermission checked for the connected user: whether it holds, whether
/// the module needs it, what degrades without it, and the steps that grant it.
/// </summary>
public sealed class PermissionCheck
{
    /// <summary>What was checked, such as "API Enabled" or "Read access to User.UserPermissionsMarketingUser".</summary>
    public string Name { get; internal set; } = "";

    public bool Passed { get; internal set; }

    /// <summary>True when the module cannot do its job without it; false for checks that only limit some output.</summary>
    public bool Required { get; internal set; }

    /// <summary>The cmdlets or properties that fail or come out empty when the check fails.</summary>
    public string AffectedFeatures { get; internal set; } = "";

    /// <summary>What was found.</summary>
    public string Detail { get; internal set; } = "";

    /// <summary>The steps an admin follows to fix it (Setup > ...); empty when it passed.</summary>
    public string Remediation { get; internal set; } = "";

    public override string ToString() => $"{Name}: {(Passed ? "passed" : Required ? "FAILED" : "failed (optional)")}";
}
