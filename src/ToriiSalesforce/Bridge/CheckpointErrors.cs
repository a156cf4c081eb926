using System;
using System.IO;
using System.Management.Automation;
using ToriiSalesforce.Engine.Sync;

namespace ToriiSalesforce.Bridge;

/// <summary>
/// Why Get-ToriiSfUsage cannot use the checkpoint it was given, as terminating error records: made for
/// another selection, or not usable at all (missing folder, damaged file, bad path).
/// </summary>
internal static class CheckpointErrors
{
    /// <summary>The error record for a failure to open a checkpoint; false for anything else, which is left to propagate.</summary>
    public static bool TryTranslate(Exception exception, string checkpoint, out ErrorRecord record)
    {
        switch (exception)
        {
            case CheckpointSelectionMismatchException mismatch:
                record = new ErrorRecord(mismatch, "CheckpointSelectionMismatch", ErrorCategory.InvalidArgument, mismatch.Path)
                {
                    ErrorDetails = new ErrorDetails(mismatch.Message) { RecommendedAction = mismatch.Remediation },
                };
                return true;
            case ArgumentException or InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException or SessionStateException:
                record = new ErrorRecord(exception, "CheckpointUnusable", ErrorCategory.InvalidArgument, checkpoint)
                {
                    ErrorDetails = new ErrorDetails($"The checkpoint '{checkpoint}' cannot be used: {exception.Message}"),
                };
                return true;
            default:
                record = null!;
                return false;
        }
    }
}
