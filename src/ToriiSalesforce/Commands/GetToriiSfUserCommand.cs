using System;
using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Get-ToriiSfUser: lists the org's users (all supported users by default, streamed page by page),
/// or finds given users by Id or Username.
/// </summary>
[Cmdlet(VerbsCommon.Get, "ToriiSfUser", DefaultParameterSetName = ListSet)]
[OutputType(typeof(User))]
public sealed class GetToriiSfUserCommand : ToriiSfConnectedCmdlet
{
    private const string ListSet = "List";
    private const string IdentitySet = "Identity";

    /// <summary>User Ids (15 or 18 characters) or Usernames. Binds a UserId, Id or Username property from the pipeline, the first one the object has.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdentitySet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId", "Id", "Username")]
    [ValidateNotNullOrEmpty]
    public string[] Identity { get; set; } = Array.Empty<string>();

    // Two switches rather than a [bool] -Active: "-Active:$false" conventionally means the same as
    // leaving a switch out, so it cannot also mean "inactive only"; -Inactive says it plainly.

    /// <summary>Only active users.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Active { get; set; }

    /// <summary>Only inactive (deactivated) users.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Inactive { get; set; }

    /// <summary>Only users whose record changed at or after this time. A time without a zone is local time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public DateTime? ModifiedSince { get; set; }

    /// <summary>At most this many users.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, int.MaxValue)]
    public int? Top { get; set; }

    /// <summary>Users per API call, 200 to 2000. Smaller pages start output sooner; larger ones spend fewer API calls.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(200, 2000)]
    public int PageSize { get; set; } = 2000;

    /// <summary>Also list external, portal, Chatter-only and guest users (IsSupported is False on them).</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter IncludeExternal { get; set; }

    protected override void BeginProcessing()
    {
        if (Active && Inactive)
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException("Give -Active or -Inactive, not both. Leave both out to list active and inactive users."),
                "ActiveAndInactive", ErrorCategory.InvalidArgument, null));
        }
        base.BeginProcessing();
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdentitySet)
        {
            foreach (var identity in Identity) FindOne(identity);
            return;
        }

        var filter = new UserListFilter
        {
            Active = Active ? true : Inactive ? false : null,
            // DateTimeOffset(DateTime) reads an unspecified kind as local, which is what a typed date means.
            ModifiedSince = ModifiedSince is { } since ? new DateTimeOffset(since) : null,
            Top = Top,
            PageSize = PageSize,
            IncludeExternal = IncludeExternal,
        };
        Run(() =>
        {
            // One record at a time: a downstream Select-Object -First stops this loop inside the
            // first page, and the engine never asks for a page that nobody reads.
            foreach (var user in UserBridge.List(ActiveConnection, filter, CancellationToken)) Emit(user);
        });
    }

    private void FindOne(string identity)
    {
        ErrorTarget = identity;
        User? user = null;
        Run(() => user = UserBridge.Find(ActiveConnection, identity, CancellationToken));
        if (user is not null)
        {
            Emit(user);
            return;
        }

        // One unknown identity must not stop the others: a non-terminating error the admin can silence.
        EmitError(new ErrorRecord(
            new ItemNotFoundException($"No user with the Id or Username '{identity}' exists in org {ActiveConnection.OrgId}. Check the value; Get-ToriiSfUser -IncludeExternal lists every user you can see."),
            "UserNotFound", ErrorCategory.ObjectNotFound, identity));
    }
}
