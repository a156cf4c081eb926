using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Base;

/// <summary>
/// What every ToriiSalesforce cmdlet that calls Salesforce shares: one cancellation per invocation
/// (cancelled by Ctrl+C and by a downstream Select-Object -First), the engine's log written to the
/// Verbose, Debug and Warning streams on the pipeline thread, and engine failures turned into error
/// records.
/// </summary>
/// <remarks>
/// Names no engine type in any member PowerShell reflects over: PowerShell reads this class while
/// importing the module, before the engine can be resolved. Engine calls go through ToriiSalesforce.Bridge.
/// </remarks>
public abstract class ToriiSfCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly LogQueue _log = new();

    /// <summary>Cancelled when the pipeline stops; pass it to every engine call.</summary>
    private protected CancellationToken CancellationToken => _cancellation.Token;

    /// <summary>The object an error from the engine is about (an identity, a URL); set before the call.</summary>
    private protected object? ErrorTarget { get; set; }

    protected override void StopProcessing() => _cancellation.Cancel();

    /// <summary>
    /// Runs one step of the command with the engine's log routed to this invocation. A Salesforce
    /// refusal or an input the engine rejects ends the command with a terminating error record;
    /// PowerShell's own flow control (pipeline stopped, Select-Object -First) passes through untouched.
    /// </summary>
    private protected void Run(Action body)
    {
        using (EngineLogScope.Push(_log))
        {
            try
            {
                body();
            }
            catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
            {
                // Our own cancellation means the pipeline is stopping: say so the way PowerShell expects.
                throw new PipelineStoppedException();
            }
            catch (OperationCanceledException timeout)
            {
                FlushLog();
                ThrowTerminatingError(new ErrorRecord(timeout, "OperationTimeout", ErrorCategory.OperationTimeout, ErrorTarget)
                {
                    ErrorDetails = new ErrorDetails("Salesforce did not answer in time. Check the network and try again."),
                });
            }
            catch (Exception exception) when (EngineErrors.TryTranslate(exception, ErrorTarget, out var record))
            {
                FlushLog();
                ThrowTerminatingError(record);
            }
        }
        FlushLog();
    }

    /// <summary>
    /// Runs the change of one record of many: a refusal that concerns only that record (Salesforce
    /// rejected this one change) is a non-terminating error, <paramref name="failed"/> is set and the
    /// command goes on with the next record; anything else ends the command as <see cref="Run"/> does.
    /// </summary>
    private protected void RunForItem(Action body, out bool failed) => RunPart(body, EngineErrors.ConcernsOnlyTheItem, out failed);

    /// <summary>
    /// Runs one independent part of a command's work: a failure that <paramref name="concernsOnlyThePart"/>
    /// accepts is written as a non-terminating error and the command goes on with its other parts (nothing
    /// already written is lost); anything else ends the command as <see cref="Run"/> does.
    /// </summary>
    private protected void RunPart(Action body, Func<Exception, bool> concernsOnlyThePart, out bool failed)
    {
        var partFailed = false;
        Run(() =>
        {
            try
            {
                body();
            }
            catch (Exception exception) when (concernsOnlyThePart(exception) && EngineErrors.TryTranslate(exception, ErrorTarget, out var record))
            {
                partFailed = true;
                EmitError(record);
            }
        });
        failed = partFailed;
    }

    /// <summary>
    /// Blocks the pipeline thread until <paramref name="task"/> finishes, writing queued messages
    /// (engine log lines, and what the person must see now, such as a device code) while it waits:
    /// Write* works only on the pipeline thread, and a sign-in prompt that waited for the end would
    /// never be seen. Failures come out unwrapped, as from an ordinary call, so <see cref="Run"/>
    /// translates them.
    /// </summary>
    private protected T Await<T>(Task<T> task)
    {
        while (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(PumpInterval)) FlushLog();
        FlushLog();
        return task.GetAwaiter().GetResult();
    }

    private static readonly TimeSpan PumpInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Queues a message for the person at the console (Write-Host style: information stream, tag
    /// PSHOST), never the output stream. Safe from any thread; written on the pipeline thread.
    /// </summary>
    private protected void Inform(string message) => _log.Add(LogLevel.Information, message);

    /// <summary>Writes one output object, after any engine messages that came before it.</summary>
    private protected void Emit(object item)
    {
        FlushLog();
        WriteObject(item);
    }

    /// <summary>Writes a non-terminating error, after any engine messages that came before it.</summary>
    private protected void EmitError(ErrorRecord record)
    {
        FlushLog();
        WriteError(record);
    }

    /// <summary>Writes queued engine messages. Pipeline thread only.</summary>
    private protected void FlushLog()
    {
        while (_log.TryTake(out var entry))
        {
            switch (entry.Level)
            {
                case LogLevel.Warning:
                    WriteWarning(entry.Message);
                    break;
                case LogLevel.Debug:
                    WriteDebug(entry.Message);
                    break;
                case LogLevel.Information:
                    // What Write-Host does: shown on the console whatever $InformationPreference says,
                    // and still capturable with 6>&1 or -InformationVariable.
                    WriteInformation(new HostInformationMessage { Message = entry.Message }, new[] { "PSHOST" });
                    break;
                default:
                    WriteVerbose(entry.Message);
                    break;
            }
        }
    }

    public void Dispose()
    {
        _cancellation.Dispose();
        GC.SuppressFinalize(this);
    }
}
