using System;
using System.Management.Automation;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Base;

/// <summary>
/// The shape shared by Disable-, Enable-, Block- and Unblock-ToriiSfUser: users by Id or Username (or
/// piped from Get-ToriiSfUser or a CSV), -WhatIf/-Confirm around every change, -PassThru for the user as
/// it is afterwards, and a refusal before anything is read when the connection is read-only.
/// </summary>
public abstract class UserChangeCmdlet : ToriiSfConnectedCmdlet
{
    /// <summary>User Ids (15 or 18 characters) or Usernames. Binds a UserId, Id or Username property from the pipeline, the first one the object has.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId", "Id", "Username")]
    [ValidateNotNullOrEmpty]
    public string[] Identity { get; set; } = Array.Empty<string>();

    /// <summary>Writes each user, as Salesforce has it after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected abstract UserChangeKind Kind { get; }

    /// <summary>What ShouldProcess shows as the action, for example "Deactivate (frees its licence)".</summary>
    private protected abstract string ActionText { get; }

    /// <summary>The change in a refusal, for example "deactivate".</summary>
    private protected string Verb => Kind.ToString().ToLowerInvariant();

    /// <summary>What the Verbose line says of a user already in the requested state, for example "is already inactive".</summary>
    private protected abstract string AlreadyText { get; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RequireTakeAction(Verb + " users");
    }

    protected override void ProcessRecord()
    {
        foreach (var identity in Identity) ChangeOne(identity);
    }

    private void ChangeOne(string identity)
    {
        ErrorTarget = identity;
        UserTarget? target = null;
        Run(() => target = ActionBridge.Find(ActiveConnection, identity, CancellationToken));
        if (target is null)
        {
            EmitError(new ErrorRecord(
                new ItemNotFoundException($"No user with the Id or Username '{identity}' exists in org {ActiveConnection.OrgId}, so nothing was changed for it. Check the value; Get-ToriiSfUser -IncludeExternal lists every user you can see."),
                "UserNotFound", ErrorCategory.ObjectNotFound, identity));
            return;
        }

        var user = target.User;
        if (!ShouldProcess($"{user.Username} ({user.Id})", ActionText)) return;

        ErrorTarget = user;
        var changed = false;
        RunForItem(() => changed = ActionBridge.Apply(ActiveConnection, target, Kind, CancellationToken), out var failed);
        if (failed) return;
        if (!changed) WriteVerbose($"{user.Username} {AlreadyText}; nothing was sent.");
        if (!PassThru) return;

        User? after = null;
        Run(() => after = UserBridge.Find(ActiveConnection, user.Id, CancellationToken));
        if (after is not null) Emit(after);
    }
}
