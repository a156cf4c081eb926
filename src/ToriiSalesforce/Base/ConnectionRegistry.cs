using System.Threading;

namespace ToriiSalesforce.Base;

/// <summary>
/// The process-wide current connection: the one data cmdlets use when -Connection is not given.
/// Process-wide (not per runspace) like Connect-MgGraph and Connect-AzAccount, so a connection made
/// in the console is there for ForEach-Object -Parallel and thread jobs too.
/// </summary>
internal static class ConnectionRegistry
{
    private static Connection? _current;

    public static Connection? Current => Volatile.Read(ref _current);

    public static void SetCurrent(Connection connection) => Volatile.Write(ref _current, connection);

    /// <summary>Clears the current connection if it is <paramref name="connection"/>; true when it was.</summary>
    public static bool ClearIf(Connection connection) =>
        ReferenceEquals(Interlocked.CompareExchange(ref _current, null, connection), connection);
}
