using System;
using System.IO;
using System.Management.Automation;
using System.Net;
using System.Reflection;
using System.Runtime.InteropServices;

namespace ToriiSalesforce;

/// <summary>
/// Runs when Import-Module loads ToriiSalesforce.dll, before any cmdlet runs. The engine and its
/// third-party dependencies sit in dependencies/ so that they can be isolated: on PowerShell 7 they
/// load into a private AssemblyLoadContext through ToriiSalesforce.Loader.dll; on Windows PowerShell
/// 5.1 (no load contexts) an AssemblyResolve handler serves them from the same folder.
/// </summary>
/// <remarks>
/// Must stay public and concrete: PowerShell only looks for the initializer among exported types.
/// Names no engine type, because it runs before the engine can be resolved.
/// </remarks>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private const string LoaderType = "ToriiSalesforce.Loader.EngineLoader";
    private static readonly object Gate = new();
    private static string? _dependencies;
    private static MethodInfo? _loaderShutdown;
    private static bool _resolveHooked;

    /// <summary>The dependencies folder beside ToriiSalesforce.dll, or null when there is none.</summary>
    /// <remarks>
    /// There is none when the cmdlet assembly is loaded from a build or test output folder, where the
    /// engine sits beside it and ordinary probing finds it; then nothing is hooked.
    /// </remarks>
    internal static string? DependenciesDirectory
    {
        get
        {
            var location = typeof(ModuleInitializer).Assembly.Location;
            if (string.IsNullOrEmpty(location)) return null;
            var directory = Path.Combine(Path.GetDirectoryName(location)!, "dependencies");
            return Directory.Exists(directory) ? directory : null;
        }
    }

    private static bool IsNetFramework =>
        RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

    public void OnImport()
    {
        var dependencies = DependenciesDirectory;
        if (dependencies is null) return;

        lock (Gate)
        {
            _dependencies = dependencies;
            if (IsNetFramework)
            {
                // Salesforce refuses TLS below 1.2, which .NET Framework does not always offer by default.
                ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;
                if (!_resolveHooked)
                {
                    AppDomain.CurrentDomain.AssemblyResolve += ResolveFromDependencies;
                    _resolveHooked = true;
                }
                return;
            }

            var loader = Assembly.LoadFrom(Path.Combine(dependencies, "ToriiSalesforce.Loader.dll"));
            var type = loader.GetType(LoaderType, throwOnError: true)!;
            type.GetMethod("Initialize", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { dependencies });
            _loaderShutdown = type.GetMethod("Shutdown", BindingFlags.Public | BindingFlags.Static);
        }
    }

    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        lock (Gate)
        {
            if (_resolveHooked)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromDependencies;
                _resolveHooked = false;
            }
            _loaderShutdown?.Invoke(null, null);
            _loaderShutdown = null;
        }
    }

    /// <summary>Windows PowerShell 5.1: serves only assemblies that exist in dependencies/.</summary>
    private static Assembly? ResolveFromDependencies(object? sender, ResolveEventArgs args)
    {
        var directory = _dependencies;
        if (directory is null) return null;
        var name = new AssemblyName(args.Name).Name;
        if (string.IsNullOrEmpty(name)) return null;
        var path = Path.Combine(directory, name + ".dll");
        // LoadFrom, not LoadFile: LoadFile would give a second identity to an assembly already loaded from this path.
        return File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
}
