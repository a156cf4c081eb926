namespace ToriiSalesforce.Tests.Infrastructure;

/// <summary>Every test that talks to the shared emulator; one fixture, started once.</summary>
[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "Emulator";
}
