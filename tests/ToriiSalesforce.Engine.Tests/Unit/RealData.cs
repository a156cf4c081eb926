namespace ToriiSalesforce.Engine.Tests.Unit;

/// <summary>Finds shared/realdata beside the repository or a folder above it (workplace machines lay it beside the checkout), or TORII_REALDATA.</summary>
internal static class RealData
{
    public static string Root
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("TORII_REALDATA");
            if (!string.IsNullOrEmpty(configured)) return configured;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ToriiSalesforce.sln"))) dir = dir.Parent;
            if (dir?.Parent is null) throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
            // Beside the repository, or beside a folder above it (a clone made in a scratch folder of the same workplace).
            for (var above = dir.Parent; above is not null; above = above.Parent)
            {
                var candidate = Path.Combine(above.FullName, "shared", "realdata");
                if (Directory.Exists(candidate)) return candidate;
            }
            throw new InvalidOperationException($"The real Salesforce samples are expected in shared/realdata beside {dir.FullName} or a folder above it; set TORII_REALDATA to their folder.");
        }
    }

    public static string Elf(string file) => Path.Combine(Root, "elf", file);
}
