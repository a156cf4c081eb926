using System;
using System.Management.Automation;

namespace ToriiSalesforce.Base;

/// <summary>
/// A cmdlet that reads or changes an org: -Connection on every parameter set, falling back to the
/// current connection that Connect-ToriiSalesforce made.
/// </summary>
public abstract class ToriiSfConnectedCmdlet : ToriiSfCmdlet
{
    /// <summary>The connection to use; the current one (from Connect-ToriiSalesforce) when omitted.</summary>
    [Parameter]
    [ValidateNotNull]
    public Connection? Connection { get; set; }

    /// <summary>The connection this invocation uses; set by <see cref="BeginProcessing"/>.</summary>
    private protected Connection ActiveConnection { get; private set; } = null!;

    protected override void BeginProcessing() => ActiveConnection = ResolveConnection();

    /// <summary>
    /// For cmdlets that change the org: refuses a read-only connection before anything is read, except
    /// under -WhatIf, which only previews (the way to see a change before reconnecting for action). The
    /// engine checks again at the change itself, so nothing slips through either way.
    /// </summary>
    private protected void RequireTakeAction(string what)
    {
        var whatIf = MyInvocation.BoundParameters.TryGetValue("WhatIf", out var value)
            ? ((SwitchParameter)value).IsPresent
            : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
        if (!whatIf) Run(() => Bridge.ActionBridge.RequireTakeAction(ActiveConnection, what));
    }

    private Connection ResolveConnection()
    {
        var connection = Connection ?? ConnectionRegistry.Current;
        if (connection is null)
        {
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("Not connected to Salesforce. Run Connect-ToriiSalesforce first, or pass -Connection with a connection from Connect-ToriiSalesforce -PassThru."),
                "NotConnected", ErrorCategory.InvalidOperation, null));
        }
        if (connection!.IsClosed)
        {
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException($"The connection {connection} was closed by Disconnect-ToriiSalesforce. Run Connect-ToriiSalesforce to connect again."),
                "ConnectionClosed", ErrorCategory.InvalidOperation, connection));
        }
        return connection;
    }
}
