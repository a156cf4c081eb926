using System.Collections.Generic;
using System.Threading;
using ToriiSalesforce.Engine.Permissions;

namespace ToriiSalesforce.Bridge;

/// <summary>Runs the engine's prerequisite checks for a connection and maps each result to <see cref="PermissionCheck"/>.</summary>
internal static class PermissionBridge
{
    /// <summary>The most API calls one run of the checks spends.</summary>
    public static int MaxApiCalls => PrerequisiteChecker.MaxApiCalls;

    /// <summary>The checks, one at a time as the engine makes them (lazily: each is written before the next call).</summary>
    public static IEnumerable<PermissionCheck> Check(Connection connection, CancellationToken cancellationToken)
    {
        foreach (var r in PrerequisiteChecker.Check(SessionBridge.Session(connection), cancellationToken))
        {
            yield return new PermissionCheck
            {
                Name = r.Name,
                Passed = r.Passed,
                Required = r.Required,
                AffectedFeatures = r.AffectedFeatures,
                Detail = r.Detail,
                Remediation = r.Remediation,
            };
        }
    }
}
