namespace ToriiSalesforce.Engine.Tests.Unit;

/// <summary>Finds ../shared/realdata beside the repository (CI and every workplace machine lay it there), or TORII_REALDATA.</summary>
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
            var root = Path.Combine(dir.Parent.FullName, "shared", "realdata");
            if (!Directory.Exists(root)) throw new InvalidOperationException($"The real Salesforce samples are expected at {root} (shared/ beside the repository).");
            return root;
        }
    }

    public static string Elf(string file) => Path.Combine(Root, "elf", file);
}
