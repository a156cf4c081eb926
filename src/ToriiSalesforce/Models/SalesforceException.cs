using System;

namespace ToriiSalesforce;

/// <summary>
/// The exception inside every error record that reports a Salesforce refusal. Scripts can read the
/// Salesforce error code and the advice from it without naming an engine type (the engine lives in a
/// private load context and its types cannot be named from a script).
/// </summary>
public sealed class SalesforceException : Exception
{
    internal SalesforceException(string message, int statusCode, string errorCode, string remediation, Exception inner)
        : base(message, inner)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Remediation = remediation;
    }

    /// <summary>HTTP status, or 0 when no response arrived.</summary>
    public int StatusCode { get; }

    /// <summary>Salesforce's error code, such as REQUEST_LIMIT_EXCEEDED or invalid_grant.</summary>
    public string ErrorCode { get; }

    /// <summary>What to do about it.</summary>
    public string Remediation { get; }
}
