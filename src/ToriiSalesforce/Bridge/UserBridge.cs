using System.Collections.Generic;
using System.Threading;
using ToriiSalesforce.Engine.Users;

namespace ToriiSalesforce.Bridge;

/// <summary>Reads users through the engine and maps each record to <see cref="User"/> as it arrives.</summary>
internal static class UserBridge
{
    /// <summary>
    /// The engine's lazy listing, mapped one record at a time. Nothing is buffered here: the caller
    /// writes each user before the next is read, and disposing the enumerator (Select-Object -First,
    /// Ctrl+C) disposes the engine's, which cancels any page fetch in flight.
    /// </summary>
    public static IEnumerable<User> List(Connection connection, UserListFilter filter, CancellationToken cancellationToken)
    {
        var query = new UserQuery
        {
            Active = filter.Active,
            ModifiedSince = filter.ModifiedSince,
            Top = filter.Top,
            PageSize = filter.PageSize,
            IncludeExternal = filter.IncludeExternal,
        };
        // List validates and builds the query now, so a bad filter fails before the first record.
        var records = SessionBridge.Session(connection).Users.List(query, cancellationToken);
        return Map(records);
    }

    /// <summary>One user by Id (15 or 18 characters) or Username, or null when the org has none.</summary>
    public static User? Find(Connection connection, string identity, CancellationToken cancellationToken)
    {
        var record = SessionBridge.Session(connection).Users.Find(identity, cancellationToken);
        return record is null ? null : ToUser(record);
    }

    private static IEnumerable<User> Map(IEnumerable<UserRecord> records)
    {
        foreach (var record in records) yield return ToUser(record);
    }

    internal static User ToUser(UserRecord r) => new()
    {
        Id = r.Id,
        Username = r.Username,
        Name = r.Name,
        Email = r.Email,
        IsActive = r.IsActive,
        IsFrozen = r.IsFrozen,
        UserType = r.UserType,
        ProfileName = r.ProfileName,
        LicenseName = r.LicenseName,
        LicenseKey = r.LicenseKey,
        ServiceCloudUser = r.ServiceCloudUser,
        FlowUser = r.FlowUser,
        ChatUser = r.ChatUser,
        MarketingUser = r.MarketingUser,
        ApexMobileUser = r.ApexMobileUser,
        FeatureLicenses = r.FeatureLicenses,
        LastLoginDate = r.LastLoginDate?.ToUniversalTime(),
        CreatedDate = r.CreatedDate?.ToUniversalTime(),
        LastModifiedDate = r.LastModifiedDate?.ToUniversalTime(),
        IsSupported = r.IsSupported,
        SupportNote = r.SupportNote,
    };
}
