using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Engine.Actions;

/// <summary>
/// The one rule every change to an org passes: the connection was made for taking action. A
/// read-only connection (the default) can never change Salesforce, whatever a script asks.
/// </summary>
public static class TakeActionGuard
{
    public const string ErrorCode = "TAKE_ACTION_MODE_REQUIRED";

    /// <summary>Throws <see cref="SalesforceApiException"/> with <see cref="ErrorCode"/> unless the session is in TakeAction mode.</summary>
    public static void Require(SalesforceSession session, string what)
    {
        if (session.Mode == ConnectionMode.TakeAction) return;
        throw new SalesforceApiException(0, ErrorCode,
            $"Cannot {what}: the connection to {session.InstanceUrl.Host} as {session.Username} is read-only.",
            ErrorRemediation.For(ErrorCode, 0));
    }
}
