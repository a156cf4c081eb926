using EngineMode = ToriiSalesforce.Engine.ConnectionMode;

namespace ToriiSalesforce.Bridge;

/// <summary>The module's <see cref="ConnectionMode"/> and the engine's, mapped in one place.</summary>
internal static class ConnectionModes
{
    public static EngineMode ToEngine(ConnectionMode mode) => mode == ConnectionMode.TakeAction ? EngineMode.TakeAction : EngineMode.ReadOnly;

    public static ConnectionMode FromEngine(EngineMode mode) => mode == EngineMode.TakeAction ? ConnectionMode.TakeAction : ConnectionMode.ReadOnly;
}
