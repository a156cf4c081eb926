using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Commands;

/// <summary>Unblock-ToriiSfUser: unfreezes users (UserLogin.IsFrozen = false) so they can sign in again.</summary>
[Cmdlet(VerbsSecurity.Unblock, "ToriiSfUser", SupportsShouldProcess = true)]
[OutputType(typeof(User))]
public sealed class UnblockToriiSfUserCommand : UserChangeCmdlet
{
    private protected override UserChangeKind Kind => UserChangeKind.Unfreeze;
    private protected override string ActionText => "Unfreeze (the user can sign in again)";
    private protected override string AlreadyText => "is not frozen";
}
