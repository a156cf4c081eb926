namespace SalesforceEmulator.Org;

/// <summary>
/// Connected apps (ConnectedApplication and their App Launcher AppMenuItem) and OAuth grants
/// (OauthToken) of internal users, inactive and frozen ones among them: Salesforce's own clients and
/// third-party apps.
/// </summary>
internal static class OAuthGrantGenerator
{
    private static readonly (string Name, bool HasMenuItem)[] Apps =
    {
        ("Salesforce for iOS", true), ("Salesforce for Android", true), ("Salesforce CLI", true), ("Dataloader Partner", false),
        ("Zapier", true), ("DocuSign for Salesforce", true), ("Outreach", true), ("Gong", true), ("HubSpot", true), ("Workbench", false),
        ("Slack", true), ("Tableau", true), ("Calendly", true), ("ZoomInfo", true), ("Conga Composer", false),
    };

    public static void Add(Store store, Random random, DateTimeOffset now, IReadOnlyList<EmulatedUser> users, int grants)
    {
        var menuItems = new List<(string Name, string? MenuItemId)>();
        long n = 1;
        foreach (var (name, hasMenuItem) in Apps)
        {
            var appId = Ids.Make("0H4", n);
            store.Add("ConnectedApplication", new Row
            {
                ["Id"] = appId, ["Name"] = name, ["CreatedDate"] = now.AddYears(-3), ["LastModifiedDate"] = now.AddMonths(-2),
                ["OptionsAllowAdminApprovedUsersOnly"] = false, ["RefreshTokenValidityPeriod"] = 0,
            });
            string? menuId = null;
            if (hasMenuItem)
            {
                menuId = Ids.Make("0DS", n);
                store.Add("AppMenuItem", new Row
                {
                    ["Id"] = menuId, ["Name"] = name.Replace(" ", "_"), ["Label"] = name, ["Description"] = null, ["ApplicationId"] = appId,
                    ["Type"] = "ConnectedApplication", ["StartUrl"] = null, ["IsVisible"] = true, ["IsAccessible"] = true, ["NamespacePrefix"] = null,
                });
            }
            menuItems.Add((name, menuId));
            n++;
        }

        var internalUsers = users.Where(u => u.UserType == "Standard").ToList();
        for (var i = 0; i < grants; i++)
        {
            var (app, menuId) = menuItems[random.Next(menuItems.Count)];
            var user = internalUsers[random.Next(internalUsers.Count)];
            var created = now.AddDays(-random.Next(1, 700)).AddSeconds(-random.Next(0, 86400));
            DateTimeOffset? lastUsed = random.Next(100) < 10 ? null : created.AddDays(random.Next(0, Math.Max(1, (int)(now - created).TotalDays)));
            store.Add("OauthToken", new Row
            {
                ["Id"] = null, ["AccessToken"] = "0T" + i.ToString("D10"), ["AppMenuItemId"] = menuId, ["AppName"] = app, ["CreatedDate"] = created,
                ["DeleteToken"] = "dt_" + Convert.ToHexString(BitConverter.GetBytes(random.NextInt64())), ["LastUsedDate"] = lastUsed,
                ["RequestToken"] = null, ["UseCount"] = lastUsed is null ? 0 : random.Next(1, 5000), ["UserId"] = user.Id,
            });
        }
    }
}
