namespace ToriiSalesforce.Bridge;

/// <summary>The changes the user action cmdlets make, one per cmdlet.</summary>
internal enum UserChangeKind
{
    Deactivate,
    Reactivate,
    Freeze,
    Unfreeze,
}
