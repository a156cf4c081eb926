using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Rules;

namespace ToriiSalesforce.Engine.Permissions;

/// <summary>
/// Turns a refusal that a missing permission explains into one that says so. Salesforce hides an object
/// from a user without the permission to read it (INVALID_TYPE, or NOT_FOUND for describe, exactly as for
/// an object that does not exist) and refuses a change with INSUFFICIENT_ACCESS_OR_READONLY; left as they
/// are, the admin reads "unknown object" or "run Test-ToriiSfPermission". The rewritten refusal keeps
/// Salesforce's code, names the permission, and takes its remediation from <see cref="PrerequisiteRules"/>,
/// the table Test-ToriiSfPermission reports from, so both always give the same Setup steps.
/// </summary>
internal static class MissingPrerequisite
{
    /// <summary>
    /// Whether <paramref name="refusal"/> is how Salesforce hides or protects something from a user who lacks
    /// a permission. API_CURRENTLY_DISABLED and spent limits are not: they have their own advice already.
    /// </summary>
    public static bool Explains(SalesforceApiException refusal) =>
        refusal.ErrorCode is "INVALID_TYPE" or "NOT_FOUND" or "INSUFFICIENT_ACCESS" or "INSUFFICIENT_ACCESS_OR_READONLY";

    /// <summary>The same refusal, saying that <paramref name="what"/> needs <paramref name="prerequisite"/> and how to grant it.</summary>
    public static MissingPrerequisiteException Explain(SalesforceApiException refusal, Prerequisite prerequisite, string what) =>
        new(refusal, prerequisite.Name,
            $"The connected user cannot {what}: Salesforce answered {refusal.ErrorCode}, as it does for a user without {prerequisite.Name}.",
            prerequisite.Remediation);

    /// <summary>
    /// Streams <paramref name="rows"/> (a lazy query), explaining a refusal the way <see cref="Explain"/> does.
    /// Query refusals arrive while enumerating, not when the query is built, hence the wrapper.
    /// </summary>
    public static IEnumerable<T> Explained<T>(IEnumerable<T> rows, Prerequisite prerequisite, string what)
    {
        using var rowEnumerator = rows.GetEnumerator();
        while (true)
        {
            T current;
            try
            {
                if (!rowEnumerator.MoveNext()) yield break;
                current = rowEnumerator.Current;
            }
            catch (SalesforceApiException refusal) when (Explains(refusal))
            {
                throw Explain(refusal, prerequisite, what);
            }
            yield return current;
        }
    }

    /// <summary>The warning for a result that is partial, not wrong, because <paramref name="prerequisite"/> is missing.</summary>
    public static string Warning(string consequence, Prerequisite prerequisite) =>
        $"{consequence} To fix: {prerequisite.Remediation}";
}
