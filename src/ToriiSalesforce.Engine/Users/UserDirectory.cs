using System.Text;
using System.Text.Json;
using ToriiSalesforce.Engine.Http;
using ToriiSalesforce.Engine.Query;
using ToriiSalesforce.Engine.Rules;

namespace ToriiSalesforce.Engine.Users;

/// <summary>
/// Reads the org's users. Listing streams page by page (see <see cref="QueryPager{T}"/>). Two things
/// User itself cannot say are settled per listing: which feature-licence checkboxes field-level
/// security lets the connected user read (<see cref="UserFieldAccess"/>), and who is frozen
/// (UserLogin, one query, run alongside the first page).
/// </summary>
public sealed class UserDirectory
{
    private static readonly string[] BaseFields =
    {
        "Id", "Username", "Name", "Email", "IsActive", "UserType",
        "Profile.Name", "Profile.UserLicense.Name", "Profile.UserLicense.LicenseDefinitionKey",
        "LastLoginDate", "CreatedDate", "LastModifiedDate",
    };

    private readonly SalesforceSession _session;

    internal UserDirectory(SalesforceSession session) => _session = session;

    /// <summary>Lists users matching <paramref name="query"/>, lazily, page by page.</summary>
    public IEnumerable<UserRecord> List(UserQuery query, CancellationToken cancellationToken)
    {
        if (query is null) throw new ArgumentNullException(nameof(query));
        if (query.Top is <= 0) throw new ArgumentOutOfRangeException(nameof(query), "Top must be at least 1.");

        var features = _session.UserFields.VisibleFeatures(cancellationToken);
        var where = new List<string>();
        if (!query.IncludeExternal) where.Add("UserType IN " + Soql.InList(UserTypeRules.SupportedTypes));
        if (query.Active is { } active) where.Add("IsActive = " + Soql.Bool(active));
        if (query.ModifiedSince is { } since) where.Add("SystemModstamp >= " + Soql.DateTime(since));

        var soql = BuildSelect(features, where, query.Top);
        return Stream(soql, features, query.PageSize, cancellationToken);
    }

    /// <summary>
    /// Finds one user by 15/18-character Id or by Username; null when there is none. External users are
    /// returned too (marked unsupported): asking for one by name is a deliberate choice.
    /// </summary>
    public UserRecord? Find(string identity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(identity)) throw new ArgumentException("An identity (user Id or Username) cannot be empty.", nameof(identity));
        identity = identity.Trim();
        var features = _session.UserFields.VisibleFeatures(cancellationToken);
        var filter = LooksLikeUserId(identity) ? "Id = " + Soql.Quote(identity) : "Username = " + Soql.Quote(identity);
        var soql = BuildSelect(features, new[] { filter }, top: 1);
        return Stream(soql, features, 200, cancellationToken).FirstOrDefault();
    }

    private IEnumerable<UserRecord> Stream(string soql, IReadOnlyList<FeatureLicense> features, int pageSize, CancellationToken cancellationToken)
    {
        Diagnostics.EngineLog.Verbose($"Query: {soql}");
        var frozen = new Lazy<Task<HashSet<string>?>>(() => Task.Run(() => FrozenUsers.IdsAsync(_session, cancellationToken)));
        var pager = new QueryPager<UserRecord>(_session.Http, _session.ApiVersion, soql, pageSize,
            record => Map(record, features, frozen.Value.GetAwaiter().GetResult()),
            "Listing users", cancellationToken)
        {
            PageFetched = page => Diagnostics.EngineLog.Verbose($"Users: page of {page.Records.Count} received ({page.TotalSize} match in all)."),
        };
        // Start the UserLogin lookup before the first page so the two calls overlap.
        _ = frozen.Value;
        return pager;
    }

    private static string BuildSelect(IReadOnlyList<FeatureLicense> features, IEnumerable<string> where, int? top)
    {
        var sb = new StringBuilder("SELECT ");
        sb.Append(string.Join(", ", BaseFields.Concat(features.Select(f => f.UserField))));
        sb.Append(" FROM User");
        var conditions = where.ToList();
        if (conditions.Count > 0) sb.Append(" WHERE ").Append(string.Join(" AND ", conditions));
        if (top is { } limit) sb.Append(" LIMIT ").Append(limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private static UserRecord Map(JsonElement r, IReadOnlyList<FeatureLicense> visible, HashSet<string>? frozenIds)
    {
        var id = SalesforceJson.String(r, "Id") ?? "";
        var userType = SalesforceJson.String(r, "UserType");
        var rule = UserTypeRules.For(userType);

        bool? Feature(FeatureLicense f) => visible.Contains(f) ? SalesforceJson.Bool(r, f.UserField) ?? false : null;
        var held = FeatureLicenseRules.All.Where(f => Feature(f) == true).Select(f => f.Name);

        return new UserRecord
        {
            Id = id,
            Username = SalesforceJson.String(r, "Username") ?? "",
            Name = SalesforceJson.String(r, "Name"),
            Email = SalesforceJson.String(r, "Email"),
            IsActive = SalesforceJson.Bool(r, "IsActive") ?? false,
            IsFrozen = frozenIds is null ? null : frozenIds.Contains(id),
            UserType = userType,
            ProfileName = SalesforceJson.String(r, "Profile.Name"),
            LicenseName = SalesforceJson.String(r, "Profile.UserLicense.Name"),
            LicenseKey = SalesforceJson.String(r, "Profile.UserLicense.LicenseDefinitionKey"),
            ServiceCloudUser = Feature(FeatureLicenseRules.ServiceCloud),
            FlowUser = Feature(FeatureLicenseRules.Flow),
            ChatUser = Feature(FeatureLicenseRules.Chat),
            MarketingUser = Feature(FeatureLicenseRules.Marketing),
            ApexMobileUser = Feature(FeatureLicenseRules.ApexMobile),
            FeatureLicenses = string.Join("; ", held),
            LastLoginDate = SalesforceJson.DateTime(r, "LastLoginDate"),
            CreatedDate = SalesforceJson.DateTime(r, "CreatedDate"),
            LastModifiedDate = SalesforceJson.DateTime(r, "LastModifiedDate"),
            IsSupported = rule.IsSupported,
            SupportNote = rule.SupportNote,
        };
    }

    private static bool LooksLikeUserId(string value) =>
        (value.Length == 15 || value.Length == 18) && value.StartsWith("005", StringComparison.Ordinal) && value.All(char.IsLetterOrDigit);
}
