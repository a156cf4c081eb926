using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ToriiSalesforce.Engine.Licenses;
using EngineKind = ToriiSalesforce.Engine.Licenses.LicenseKind;

namespace ToriiSalesforce.Bridge;

/// <summary>Reads licences through the engine and maps each record to <see cref="License"/> as it arrives.</summary>
internal static class LicenseBridge
{
    /// <summary>The kinds asked for, each once, in the order they are listed (every kind when none is given).</summary>
    public static IReadOnlyList<LicenseKind> Kinds(IReadOnlyCollection<LicenseKind> asked)
    {
        var order = new[] { LicenseKind.UserLicense, LicenseKind.FeatureLicense, LicenseKind.PermissionSetLicense };
        if (asked.Count == 0) return order;
        return order.Where(asked.Contains).ToList();
    }

    /// <summary>The licences of one kind, lazily.</summary>
    public static IEnumerable<License> List(Connection connection, LicenseKind kind, bool includeExternal, CancellationToken cancellationToken)
    {
        foreach (var record in SessionBridge.Session(connection).Licenses.List(ToEngine(kind), includeExternal, cancellationToken))
            yield return ToLicense(record);
    }

    private static EngineKind ToEngine(LicenseKind kind) => kind switch
    {
        LicenseKind.UserLicense => EngineKind.UserLicense,
        LicenseKind.FeatureLicense => EngineKind.FeatureLicense,
        LicenseKind.PermissionSetLicense => EngineKind.PermissionSetLicense,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown licence kind."),
    };

    private static LicenseKind FromEngine(EngineKind kind) => kind switch
    {
        EngineKind.UserLicense => LicenseKind.UserLicense,
        EngineKind.FeatureLicense => LicenseKind.FeatureLicense,
        EngineKind.PermissionSetLicense => LicenseKind.PermissionSetLicense,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A licence record has no single kind."),
    };

    private static License ToLicense(LicenseRecord r) => new()
    {
        Kind = FromEngine(r.Kind),
        Name = r.Name,
        Key = r.Key,
        Id = r.Id,
        Status = r.Status,
        Total = r.Total,
        Used = r.Used,
        Available = r.Available,
        ExpirationDate = r.ExpirationDate?.ToUniversalTime(),
        UserType = r.UserType,
        IsSupported = r.IsSupported,
        SupportNote = r.SupportNote,
    };
}
