namespace ToriiSalesforce.Engine.Sync;

/// <summary>
/// A checkpoint file was made for another selection than the run that opened it. Raised when the file
/// is loaded, so the run fails before any call to Salesforce and the file is left as it was.
/// </summary>
public sealed class CheckpointSelectionMismatchException : Exception
{
    public CheckpointSelectionMismatchException(string path, CheckpointSelection recorded, CheckpointSelection requested)
        : base($"The checkpoint '{path}' was made for {recorded.Describe()}, but this run asks for {requested.Describe()}. " +
               "A checkpoint remembers what one selection already returned; used for another, it would skip data that selection never read. " +
               RemediationFor(path))
    {
        Path = path;
        Recorded = recorded;
        Requested = requested;
    }

    public string Path { get; }

    public CheckpointSelection Recorded { get; }

    public CheckpointSelection Requested { get; }

    /// <summary>What the admin can do about it.</summary>
    public string Remediation => RemediationFor(Path);

    private static string RemediationFor(string path) =>
        $"Use a separate checkpoint file for each selection, or delete '{path}' to start over (the next run then returns everything again).";
}
