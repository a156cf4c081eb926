using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ToriiSalesforce.Bridge;

/// <summary>
/// Shows the interactive sign-in page: opens the system browser where this machine has one, and
/// always tells the person the address (on the information stream, as Write-Host does; never on the
/// output stream), so a browser that did not open is no dead end.
/// </summary>
internal static class SignInPresenter
{
    /// <summary>
    /// Replaces opening the browser. Only the in-process tests set it (through InternalsVisibleTo), to
    /// follow the authorize redirect with an HttpClient as a browser would; it is deliberately not a
    /// parameter.
    /// </summary>
    internal static Action<Uri>? BrowserOverride { get; set; }

    /// <summary>Opens <paramref name="signInUrl"/> and tells the person through <paramref name="inform"/>. Called from any thread.</summary>
    public static void Present(Uri signInUrl, TimeSpan timeout, Action<string> inform)
    {
        var wait = $"Waiting up to {Describe(timeout)} for the sign-in to finish (Ctrl+C cancels).";
        var hook = BrowserOverride;
        if (hook is not null)
        {
            inform($"Sign in to Salesforce at:{Environment.NewLine}{signInUrl.AbsoluteUri}{Environment.NewLine}{wait}");
            hook(signInUrl);
            return;
        }

        inform(TryOpenBrowser(signInUrl)
            ? $"Opened your browser to sign in to Salesforce. If it did not open, go to:{Environment.NewLine}{signInUrl.AbsoluteUri}{Environment.NewLine}{wait}"
            : $"Open this address in a browser on this computer to sign in to Salesforce:{Environment.NewLine}{signInUrl.AbsoluteUri}{Environment.NewLine}{wait}{Environment.NewLine}" +
              "On a machine without a browser (an SSH session, a container), press Ctrl+C and use Connect-ToriiSalesforce -DeviceCode instead.");
    }

    internal static string Describe(TimeSpan timeout) =>
        timeout.TotalSeconds < 120 ? $"{timeout.TotalSeconds:0} seconds" : $"{timeout.TotalMinutes:0.#} minutes";

    /// <summary>True when a browser was (probably) started: ShellExecute on Windows, open on macOS, xdg-open on a Linux desktop.</summary>
    private static bool TryOpenBrowser(Uri url)
    {
        try
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                using (Process.Start(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true })) { }
                return true;
            }
            if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) return Launch("open", url);

            // Without a display there is no browser to open (SSH, containers, scheduled jobs).
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")) &&
                string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")))
                return false;
            return Launch("xdg-open", url);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    private static bool Launch(string opener, Uri url)
    {
        var start = new ProcessStartInfo(opener, "\"" + url.AbsoluteUri + "\"")
        {
            UseShellExecute = false,
            // The opener's own chatter must not land in the middle of the console output.
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.Exited += (_, _) => process.Dispose();
        if (!process.Start()) return false;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return true;
    }
}
