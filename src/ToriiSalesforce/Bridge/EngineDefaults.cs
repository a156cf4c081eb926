using ToriiSalesforce.Engine;

namespace ToriiSalesforce.Bridge;

/// <summary>Engine settings the cmdlets use for every new connection.</summary>
internal static class EngineDefaults
{
    /// <summary>
    /// Replaces the production retry delays for connections made from now on. Only the in-process
    /// tests set it (through InternalsVisibleTo), so fault tests run in milliseconds; it is
    /// deliberately not a parameter, because an admin has no reason to shorten Salesforce's backoff.
    /// </summary>
    internal static ResilienceSettings? ResilienceOverride { get; set; }

    internal static ResilienceSettings Resilience => ResilienceOverride ?? ResilienceSettings.Default;
}
