using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace ToriiSalesforce.Loader;

/// <summary>
/// The private load context that holds the engine and its third-party dependencies (Polly.Core,
/// CsvHelper, Microsoft.Bcl.*, ...). Because it resolves them from the module's dependencies folder
/// before the default context is asked, another module (or PowerShell itself) having loaded a
/// different version of one of them cannot break this module, and we cannot break it.
/// </summary>
internal sealed class DependencyLoadContext : AssemblyLoadContext
{
    // These must be the very assemblies the default context already holds: PowerShell's own API,
    // the cmdlet assembly (whose types the pipeline sees) and this loader. A second copy would split
    // type identity between the cmdlets and the engine.
    private static readonly HashSet<string> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        "System.Management.Automation",
        "ToriiSalesforce",
        "ToriiSalesforce.Loader",
        "netstandard",
        "mscorlib",
    };

    private readonly string _directory;
    private readonly Dictionary<string, string> _platformAssemblies;

    public DependencyLoadContext(string directory)
        : base("ToriiSalesforce", isCollectible: false)
    {
        _directory = directory;
        _platformAssemblies = ReadPlatformAssemblies();
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name;
        if (name is null || Shared.Contains(name)) return null;

        var candidate = Path.Combine(_directory, name + ".dll");
        // Returning null when the file is missing lets the default context answer (framework
        // assemblies, or a clean FileNotFoundException); throwing here would hide which one failed.
        if (!File.Exists(candidate)) return null;

        // A framework assembly (System.Memory, System.Text.Json on PowerShell 7.4+, ...) that is at
        // least as new as ours must come from the platform: the netstandard builds of those packages
        // define their own copies of types such as Span<T>, and mixing them with the runtime's breaks
        // every call that crosses into the framework.
        if (_platformAssemblies.TryGetValue(name, out var platformPath) && !IsStrictlyNewer(candidate, platformPath))
            return null;

        return LoadFromAssemblyPath(candidate);
    }

    private static bool IsStrictlyNewer(string ours, string platform)
    {
        try
        {
            var ourVersion = AssemblyName.GetAssemblyName(ours).Version;
            var platformVersion = AssemblyName.GetAssemblyName(platform).Version;
            return ourVersion is not null && platformVersion is not null && ourVersion > platformVersion;
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            // An unreadable platform file is not ours to judge; let the runtime bind as it would anyway.
            return false;
        }
    }

    private static Dictionary<string, string> ReadPlatformAssemblies()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is not string list) return map;
        foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            map[Path.GetFileNameWithoutExtension(path)] = path;
        }
        return map;
    }
}
