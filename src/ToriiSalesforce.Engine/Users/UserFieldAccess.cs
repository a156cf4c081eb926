using ToriiSalesforce.Engine.Permissions;
using ToriiSalesforce.Engine.Rules;

namespace ToriiSalesforce.Engine.Users;

/// <summary>
/// Which User fields the connected user can read, from one describe per session. Field-level security
/// hides fields by leaving them out of describe, and selecting a hidden field fails the whole query, so
/// every query of User asks here first.
/// </summary>
internal sealed class UserFieldAccess
{
    private readonly SalesforceSession _session;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private HashSet<string>? _fields;

    public UserFieldAccess(SalesforceSession session) => _session = session;

    /// <summary>
    /// The feature licences whose checkbox can be read. Each hidden one is reported by a warning that
    /// names the field and how to grant access, so its value comes out unknown rather than false or 0.
    /// </summary>
    public IReadOnlyList<FeatureLicense> VisibleFeatures(CancellationToken cancellationToken)
    {
        var fields = Fields(cancellationToken);
        var visible = new List<FeatureLicense>();
        foreach (var feature in FeatureLicenseRules.All)
        {
            if (fields.Contains(feature.UserField))
            {
                visible.Add(feature);
                continue;
            }
            Diagnostics.EngineLog.Warning(MissingPrerequisite.Warning(
                $"{_session.Username} cannot read User.{feature.UserField} ({feature.Label}), so the {feature.Name} feature licence is reported as unknown, not as false or 0 " +
                "(if the field is missing from Setup altogether, the org does not have that feature).",
                PrerequisiteRules.FieldAccess(feature)));
        }
        return visible;
    }

    /// <summary>The names of the User fields the connected user can read.</summary>
    public HashSet<string> Fields(CancellationToken cancellationToken)
    {
        var known = Volatile.Read(ref _fields);
        if (known is not null) return known;
        _gate.Wait(cancellationToken);
        try
        {
            if (_fields is not null) return _fields;
            using var doc = _session.Http.GetJsonAsync($"/services/data/v{_session.ApiVersion}/sobjects/User/describe", "Describing User", null, cancellationToken)
                .GetAwaiter().GetResult();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var field in doc.RootElement.GetProperty("fields").EnumerateArray())
            {
                if (field.TryGetProperty("name", out var name) && name.GetString() is { } n) names.Add(n);
            }
            Volatile.Write(ref _fields, names);
            return names;
        }
        finally
        {
            _gate.Release();
        }
    }
}
