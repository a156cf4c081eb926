using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Block-ToriiSfUser: freezes users (UserLogin.IsFrozen = true), Salesforce's way to stop sign-ins at once
/// while keeping the licence and every record the user owns; undone by Unblock-ToriiSfUser.
/// </summary>
[Cmdlet(VerbsSecurity.Block, "ToriiSfUser", SupportsShouldProcess = true)]
[OutputType(typeof(User))]
public sealed class BlockToriiSfUserCommand : UserChangeCmdlet
{
    private protected override UserChangeKind Kind => UserChangeKind.Freeze;
    private protected override string ActionText => "Freeze (the user can no longer sign in; the licence stays assigned)";
    private protected override string AlreadyText => "is already frozen";
}
