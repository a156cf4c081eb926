using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace ToriiSalesforce.Loader;

/// <summary>
/// Called by the cmdlet assembly's module initializer (by reflection: that assembly is netstandard2.0
/// and cannot name AssemblyLoadContext). Routes the one reference the cmdlets have into the private
/// context, the "engine bridge" of the PowerShell docs: when the default context cannot find
/// ToriiSalesforce.Engine, it is loaded into <see cref="DependencyLoadContext"/>, and from then on
/// everything the engine references is resolved there first.
/// </summary>
public static class EngineLoader
{
    private const string EngineName = "ToriiSalesforce.Engine";
    private static readonly object Gate = new();
    private static DependencyLoadContext? _context;
    private static bool _hooked;

    /// <summary>The private context, or null before <see cref="Initialize"/>.</summary>
    public static AssemblyLoadContext? Context => _context;

    /// <summary>Creates the private context once and hooks the default context's Resolving event. Safe to call again.</summary>
    public static void Initialize(string dependenciesDirectory)
    {
        if (string.IsNullOrEmpty(dependenciesDirectory)) throw new ArgumentException("The dependencies folder is required.", nameof(dependenciesDirectory));
        lock (Gate)
        {
            // One context for the life of the process: the engine's types, once loaded, cannot move,
            // so a re-import (Import-Module -Force) must find the same context again.
            _context ??= new DependencyLoadContext(Path.GetFullPath(dependenciesDirectory));
            if (_hooked) return;
            AssemblyLoadContext.Default.Resolving += ResolveEngine;
            _hooked = true;
        }
    }

    /// <summary>Unhooks the Resolving event (Remove-Module). The context and what it loaded stay.</summary>
    public static void Shutdown()
    {
        lock (Gate)
        {
            if (!_hooked) return;
            AssemblyLoadContext.Default.Resolving -= ResolveEngine;
            _hooked = false;
        }
    }

    private static Assembly? ResolveEngine(AssemblyLoadContext defaultContext, AssemblyName name)
    {
        // Only the engine is bridged. Everything else the default context cannot find is somebody
        // else's business; answering for it would make this module a shared-dependency provider.
        if (!string.Equals(name.Name, EngineName, StringComparison.OrdinalIgnoreCase)) return null;
        return _context?.LoadFromAssemblyName(name);
    }
}
