using System.Management.Automation;
using System.Reflection;
using ToriiSalesforce.Commands;

namespace ToriiSalesforce.Tests;

/// <summary>
/// The rules that let the engine live in a private load context (style.md 3.3): PowerShell reflects
/// over the cmdlet assembly while importing it, before the engine can be resolved, and scripts can
/// only name types that live in the default context.
/// </summary>
public sealed class AssemblyIsolationTests
{
    private static readonly Assembly Cmdlets = typeof(GetToriiSfUserCommand).Assembly;
    private static readonly Assembly Engine = typeof(ToriiSalesforce.Engine.SalesforceConnector).Assembly;

    [Fact]
    public void The_cmdlet_assembly_references_no_third_party_dependency_of_the_engine()
    {
        var names = Cmdlets.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("ToriiSalesforce.Engine", names);
        Assert.All(names, name => Assert.True(
            name is "netstandard" or "System.Management.Automation" or "ToriiSalesforce.Engine" || name.StartsWith("System.", StringComparison.Ordinal),
            $"ToriiSalesforce.dll references {name}"));
        Assert.DoesNotContain(names, n => n.StartsWith("Polly", StringComparison.Ordinal) || n == "CsvHelper" || n == "System.Text.Json" || n.StartsWith("Microsoft.Bcl.", StringComparison.Ordinal));
    }

    [Fact]
    public void No_public_type_exposes_an_engine_type_to_PowerShell()
    {
        foreach (var type in Cmdlets.GetExportedTypes())
        {
            for (var t = type; t is not null; t = t.BaseType) Assert.NotEqual(Engine, t.Assembly);
            Assert.DoesNotContain(type.GetInterfaces(), i => i.Assembly == Engine);
            Assert.DoesNotContain(type.GetCustomAttributes(true), a => a.GetType().Assembly == Engine);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
                Assert.False(IsEngine(property.PropertyType), $"{type.Name}.{property.Name} is an engine type");
        }
    }

    [Fact]
    public void Only_the_Bridge_namespace_names_engine_types()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in Cmdlets.GetTypes().Where(t => !InBridge(t)))
        {
            Assert.False(IsEngine(type.BaseType), $"{type.FullName} derives from an engine type");
            Assert.DoesNotContain(type.GetInterfaces(), IsEngine);
            foreach (var field in type.GetFields(all)) Assert.False(IsEngine(field.FieldType), $"{type.FullName}.{field.Name}");
            foreach (var property in type.GetProperties(all)) Assert.False(IsEngine(property.PropertyType), $"{type.FullName}.{property.Name}");
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (method is MethodInfo m) Assert.False(IsEngine(m.ReturnType), $"{type.FullName}.{method.Name}");
                Assert.DoesNotContain(method.GetParameters(), p => IsEngine(p.ParameterType));
            }
        }
    }

    [Fact]
    public void The_module_initializer_is_public_and_concrete_so_PowerShell_finds_it()
    {
        var initializer = Cmdlets.GetExportedTypes().Single(t => typeof(IModuleAssemblyInitializer).IsAssignableFrom(t));
        Assert.False(initializer.IsAbstract);
        Assert.True(typeof(IModuleAssemblyCleanup).IsAssignableFrom(initializer));
    }

    private static bool InBridge(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
            if (t.Namespace == "ToriiSalesforce.Bridge") return true;
        return false;
    }

    private static bool IsEngine(Type? type)
    {
        if (type is null) return false;
        if (type.Assembly == Engine) return true;
        if (type.HasElementType) return IsEngine(type.GetElementType());
        return type.IsGenericType && type.GetGenericArguments().Any(IsEngine);
    }
}
