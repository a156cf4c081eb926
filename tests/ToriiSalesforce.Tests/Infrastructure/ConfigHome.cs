namespace ToriiSalesforce.Tests.Infrastructure;

/// <summary>
/// Points TORII_CONFIG_HOME at a new temporary folder for the life of a test, so saved connections
/// never touch the real user's config folder. Process-wide, which is safe because the tests of this
/// assembly do not run in parallel.
/// </summary>
public sealed class ConfigHome : IDisposable
{
    private readonly string? _previous = Environment.GetEnvironmentVariable("TORII_CONFIG_HOME");

    public ConfigHome()
    {
        Root = Path.Combine(Path.GetTempPath(), "torii-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Environment.SetEnvironmentVariable("TORII_CONFIG_HOME", Root);
    }

    /// <summary>The TORII_CONFIG_HOME folder.</summary>
    public string Root { get; }

    /// <summary>Where the saved connections are written.</summary>
    public string Connections => Path.Combine(Root, "connections");

    public string FileOf(string name) => Path.Combine(Connections, name + ".json");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TORII_CONFIG_HOME", _previous);
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
