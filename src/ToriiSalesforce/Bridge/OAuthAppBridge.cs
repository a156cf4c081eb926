using System.Collections.Generic;
using System.Threading;
using ToriiSalesforce.Engine.OAuthApps;

namespace ToriiSalesforce.Bridge;

/// <summary>Reads OAuth-connected apps and their grants through the engine, mapping each record as it arrives.</summary>
internal static class OAuthAppBridge
{
    /// <summary>One record per app. The engine must read every grant first, so the first app comes once all are read.</summary>
    public static IEnumerable<OAuthApp> Apps(Connection connection, CancellationToken cancellationToken)
    {
        foreach (var r in SessionBridge.Session(connection).OAuthApps.Apps(cancellationToken))
        {
            yield return new OAuthApp
            {
                AppName = r.AppName,
                AppMenuItemId = r.AppMenuItemId,
                ConnectedApplicationId = r.ConnectedApplicationId,
                Users = r.Users,
                ActiveUsers = r.ActiveUsers,
                InactiveOrFrozenUsers = r.InactiveOrFrozenUsers,
                Tokens = r.Tokens,
                FirstConnected = r.FirstConnected?.ToUniversalTime(),
                LastUsed = r.LastUsed?.ToUniversalTime(),
                UseCount = r.UseCount,
                IsSalesforceOwned = r.IsSalesforceOwned,
            };
        }
    }

    /// <summary>One record per grant, streamed page by page.</summary>
    public static IEnumerable<OAuthToken> Grants(Connection connection, CancellationToken cancellationToken)
    {
        foreach (var r in SessionBridge.Session(connection).OAuthApps.Grants(cancellationToken))
        {
            yield return new OAuthToken
            {
                AppName = r.AppName,
                AppMenuItemId = r.AppMenuItemId,
                UserId = r.UserId,
                Username = r.Username,
                UserIsActive = r.UserIsActive,
                UserIsFrozen = r.UserIsFrozen,
                CreatedDate = r.CreatedDate?.ToUniversalTime(),
                LastUsedDate = r.LastUsedDate?.ToUniversalTime(),
                UseCount = r.UseCount,
                IsSalesforceOwned = r.IsSalesforceOwned,
                DeleteToken = r.DeleteToken,
            };
        }
    }
}
