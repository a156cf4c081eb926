using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Test-ToriiSfPermission: checks the connected user against everything the module needs (system
/// permissions, field-level security, object access, user type, the org's API allocation) with a
/// handful of API calls. One PermissionCheck per check, or with -Quiet a single bool.
/// </summary>
/// <remarks>
/// Objects by default and -Quiet for a bool, like Test-Connection, so the checks can go straight to
/// Format-Table or Export-Csv and a script can still write "if (Test-ToriiSfPermission -Quiet)".
/// </remarks>
[Cmdlet(VerbsDiagnostic.Test, "ToriiSfPermission", DefaultParameterSetName = DetailedSet)]
[OutputType(typeof(PermissionCheck), ParameterSetName = new[] { DetailedSet })]
[OutputType(typeof(bool), ParameterSetName = new[] { QuietSet })]
public sealed class TestToriiSfPermissionCommand : ToriiSfConnectedCmdlet
{
    private const string DetailedSet = "Detailed";
    private const string QuietSet = "Quiet";

    /// <summary>Returns only True (every required check passed) or False.</summary>
    [Parameter(Mandatory = true, ParameterSetName = QuietSet)]
    public SwitchParameter Quiet { get; set; }

    protected override void ProcessRecord()
    {
        var checks = new List<PermissionCheck>();
        var before = ActiveConnection.RequestsSent;
        Run(() =>
        {
            foreach (var check in PermissionBridge.Check(ActiveConnection, CancellationToken))
            {
                checks.Add(check);
                FlushLog();
                WriteVerbose($"{check}. {check.Detail}");
                if (!Quiet) Emit(check);
            }
        });
        WriteVerbose($"Checked {checks.Count} prerequisites of {ActiveConnection.Username} with {ActiveConnection.RequestsSent - before} API requests (at most {PermissionBridge.MaxApiCalls}).");

        if (Quiet) WriteObject(checks.Where(c => c.Required).All(c => c.Passed));
    }
}
