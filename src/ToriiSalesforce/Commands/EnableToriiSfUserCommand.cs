using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Commands;

/// <summary>Enable-ToriiSfUser: reactivates deactivated users (User.IsActive = true); each takes a licence again.</summary>
[Cmdlet(VerbsLifecycle.Enable, "ToriiSfUser", SupportsShouldProcess = true)]
[OutputType(typeof(User))]
public sealed class EnableToriiSfUserCommand : UserChangeCmdlet
{
    private protected override UserChangeKind Kind => UserChangeKind.Reactivate;
    private protected override string ActionText => "Reactivate (the user takes a licence again)";
    private protected override string AlreadyText => "is already active";
}
