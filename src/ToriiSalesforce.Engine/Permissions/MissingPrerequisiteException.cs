using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Engine.Permissions;

/// <summary>
/// A refusal explained by one missing permission (see <see cref="MissingPrerequisite"/>). Its own type so
/// a caller reading several independent things (user licences, permission-set licences, feature
/// licences) can report the part the permission blocks and still return the rest.
/// </summary>
public sealed class MissingPrerequisiteException : SalesforceApiException
{
    internal MissingPrerequisiteException(SalesforceApiException refusal, string prerequisite, string message, string remediation)
        : base(refusal.StatusCode, refusal.ErrorCode, message, remediation, refusal)
    {
        Prerequisite = prerequisite;
    }

    /// <summary>The missing permission, as Test-ToriiSfPermission names it.</summary>
    public string Prerequisite { get; }
}
