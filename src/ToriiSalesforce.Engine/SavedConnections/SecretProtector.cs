using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace ToriiSalesforce.Engine.SavedConnections;

/// <summary>
/// Protects saved secrets at rest. On Windows each secret is encrypted with DPAPI for the current
/// user. Elsewhere there is no comparable per-user store that works headless, so secrets rest in a
/// file only its owner can read (mode 0600, folder 0700): the same protection ssh keys and the
/// Salesforce CLI's own auth files have. The help says so plainly.
/// </summary>
internal static class SecretProtector
{
    private static readonly byte[] Entropy = Encoding.UTF8.GetBytes("ToriiSalesforce.SavedConnection.v1");

    public static bool UsesDpapi => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    public static string Description => UsesDpapi ? "DPAPI (current user)" : "file readable only by its owner (0600)";

    public static string Protect(string value)
    {
        if (!UsesDpapi) return value;
        var bytes = ProtectedData.Protect(Encoding.UTF8.GetBytes(value), Entropy, DataProtectionScope.CurrentUser);
        return "dpapi:" + Convert.ToBase64String(bytes);
    }

    public static string Unprotect(string stored)
    {
        if (!stored.StartsWith("dpapi:", StringComparison.Ordinal)) return stored;
        if (!UsesDpapi) throw new InvalidOperationException("This saved connection was protected with DPAPI on Windows and cannot be read on this system. Save it again here.");
        var bytes = ProtectedData.Unprotect(Convert.FromBase64String(stored.Substring(6)), Entropy, DataProtectionScope.CurrentUser);
        return Encoding.UTF8.GetString(bytes);
    }
}
