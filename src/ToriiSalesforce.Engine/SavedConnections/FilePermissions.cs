using System.Runtime.InteropServices;

namespace ToriiSalesforce.Engine.SavedConnections;

/// <summary>chmod for netstandard2.0, which has no File.SetUnixFileMode. A no-op on Windows, where ACLs of the profile folder apply.</summary>
internal static class FilePermissions
{
    public const int OwnerReadWrite = 0x180;        // 0600
    public const int OwnerReadWriteExecute = 0x1C0; // 0700

    [DllImport("libc", SetLastError = true, EntryPoint = "chmod")]
    private static extern int Chmod(string path, int mode);

    public static void Set(string path, int mode)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return;
        if (Chmod(path, mode) != 0)
            throw new System.IO.IOException($"Could not restrict the permissions of '{path}' (errno {Marshal.GetLastWin32Error()}); nothing secret was written.");
    }
}
