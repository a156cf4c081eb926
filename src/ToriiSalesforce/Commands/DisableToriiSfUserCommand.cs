using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Disable-ToriiSfUser: deactivates users (User.IsActive = false), which frees their licences. Prompts by
/// default (ConfirmImpact High): deactivating is how a mistyped filter locks out a department.
/// </summary>
[Cmdlet(VerbsLifecycle.Disable, "ToriiSfUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(User))]
public sealed class DisableToriiSfUserCommand : UserChangeCmdlet
{
    private protected override UserChangeKind Kind => UserChangeKind.Deactivate;
    private protected override string ActionText => "Deactivate (the user can no longer sign in and its licence is freed)";
    private protected override string AlreadyText => "is already inactive";
}
