namespace ToriiSalesforce.Engine.Http;

/// <summary>
/// A refusal from Salesforce (REST error array or OAuth error) or a transport failure that survived
/// the retries. <see cref="ErrorCode"/> is Salesforce's own code (INVALID_FIELD, REQUEST_LIMIT_EXCEEDED,
/// invalid_grant, ...) so callers match on it, never on text; <see cref="Remediation"/> says what the
/// admin can do about it.
/// </summary>
public class SalesforceApiException : Exception
{
    public SalesforceApiException(int statusCode, string errorCode, string message, string remediation, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Remediation = remediation;
    }

    /// <summary>HTTP status, or 0 when no response arrived.</summary>
    public int StatusCode { get; }

    /// <summary>Salesforce's errorCode (REST) or error (OAuth), e.g. INVALID_SESSION_ID.</summary>
    public string ErrorCode { get; }

    /// <summary>What to do about it, in an admin's words.</summary>
    public string Remediation { get; }

    /// <summary>The kind of failure, so a cmdlet can choose an error category without knowing every code.</summary>
    public SalesforceErrorKind Kind => ErrorRemediation.KindOf(ErrorCode, StatusCode);
}

/// <summary>Broad classes of Salesforce failures, used to pick PowerShell error categories.</summary>
public enum SalesforceErrorKind
{
    Other,
    Authentication,
    PermissionDenied,
    LimitExceeded,
    InvalidRequest,
    NotFound,
    Unavailable,
}
