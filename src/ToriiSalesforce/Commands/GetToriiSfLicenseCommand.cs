using System;
using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Get-ToriiSfLicense: the org's user, feature and permission-set licences, one record each, in a
/// fixed handful of API calls whatever the org's size.
/// </summary>
[Cmdlet(VerbsCommon.Get, "ToriiSfLicense")]
[OutputType(typeof(License))]
public sealed class GetToriiSfLicenseCommand : ToriiSfConnectedCmdlet
{
    /// <summary>Which kinds to list; every kind when omitted.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public LicenseKind[] Kind { get; set; } = Array.Empty<LicenseKind>();

    /// <summary>Also list the user licences of external, portal, Chatter-only and guest users (IsSupported is False on them).</summary>
    [Parameter]
    public SwitchParameter IncludeExternal { get; set; }

    /// <summary>
    /// One kind at a time: a permission that hides one kind (View Setup and Configuration for user and
    /// permission-set licences) is an error for that kind, and the kinds it does not hide still come out.
    /// </summary>
    protected override void ProcessRecord()
    {
        foreach (var kind in LicenseBridge.Kinds(Kind))
        {
            ErrorTarget = kind;
            RunPart(() =>
            {
                foreach (var license in LicenseBridge.List(ActiveConnection, kind, IncludeExternal, CancellationToken)) Emit(license);
            }, EngineErrors.IsMissingPrerequisite, out _);
        }
    }
}
