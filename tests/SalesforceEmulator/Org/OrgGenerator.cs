using SalesforceEmulator.Schema;

namespace SalesforceEmulator.Org;

/// <summary>
/// Builds a deterministic org from a seed: users of every user type on profiles whose licences carry
/// the real names and keys (salesforce-api.md 3.3, 4.2), feature-licence checkboxes, logins over the
/// last months (some never), inactive and frozen users, seat counts consistent with the users, and
/// OAuth grants of many apps.
/// </summary>
public static class OrgGenerator
{
    private sealed record LicenseSpec(string Name, string Key, string UserType, string Profile);

    // Names and keys from salesforce-api.md 4.2; keys marked unconfirmed there are the ones seen in the wild.
    private static readonly LicenseSpec[] Licenses =
    {
        new("Salesforce", "SFDC", "Standard", "Standard User"),
        new("Salesforce Platform", "AUL", "Standard", "Standard Platform User"),
        new("Chatter Free", "CSN_User", "CsnOnly", "Chatter Free User"),
        new("Chatter External", "PID_Chatter_External", "CsnOnly", "Chatter External User"),
        new("Partner Community", "PID_Partner_Community", "PowerPartner", "Partner Community User"),
        new("Gold Partner", "PID_STRATEGIC_PRM", "PowerPartner", "Gold Partner User"),
        new("Customer Community", "PID_Customer_Community", "CspLitePortal", "Customer Community User"),
        new("Customer Community Login", "PID_Customer_Community_Login", "CspLitePortal", "Customer Community Login User"),
        new("Customer Community Plus", "PID_Customer_Community_Plus", "PowerCustomerSuccess", "Customer Community Plus User"),
        new("Customer Portal Manager Standard", "POWER_SSP", "PowerCustomerSuccess", "Customer Portal Manager Standard"),
        new("Customer Portal", "PID_Customer_Portal_Standard", "CustomerSuccess", "Customer Portal User"),
        new("Guest User License", "PID_Guest_User", "Guest", "Acme Site Guest User"),
    };

    // Share of each user type, in percent (Standard first: the admin and the bulk of the org).
    private static readonly (string Type, int Percent)[] TypeMix =
    {
        ("Standard", 70), ("PowerPartner", 6), ("PowerCustomerSuccess", 5), ("CustomerSuccess", 3), ("CspLitePortal", 8), ("CsnOnly", 6), ("Guest", 2),
    };

    private static readonly string[] FirstNames = { "Ada", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Keiko", "Liam", "Maya", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe" };
    private static readonly string[] LastNames = { "Abbott", "Becker", "Castro", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "O'Brien", "Patel", "Quiroga", "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zimmer" };

    public static (OrgData Org, EmulatedUser Admin) Generate(EmulatorOptions options, DateTimeOffset now)
    {
        var (seed, users, hourlyLogs) = (options.Seed, options.Users, options.HourlyLogs);
        if (users < 1) throw new ArgumentOutOfRangeException(nameof(users), "An org needs at least its admin.");
        var random = new Random(seed);
        var store = new Store();
        foreach (var def in new[] { Catalog.User, Catalog.Profile, Catalog.UserLicense, Catalog.UserLogin, Catalog.Organization, Catalog.PermissionSetLicense,
                     Catalog.UserPermissionAccess, Catalog.OauthToken, Catalog.AppMenuItem, Catalog.ConnectedApplication, Catalog.LoginHistory, Catalog.EventLogFile(hourlyLogs) })
            store.Define(def);

        var orgId = Ids.Make("00D", seed % 1000 + 1);
        var org = new OrgData(store, orgId, now);
        store.Add("Organization", new Row { ["Id"] = orgId, ["Name"] = "Acme Demo", ["OrganizationType"] = "Enterprise Edition", ["IsSandbox"] = false, ["InstanceName"] = "EMU1" });

        // Licences and one profile each (plus the admin profile on the Salesforce licence).
        var licenseRows = new Dictionary<string, Row>();
        var profileByType = new Dictionary<string, List<Row>>();
        long n = 1;
        foreach (var spec in Licenses)
        {
            var lic = new Row
            {
                ["Id"] = Ids.Make("100", n), ["Name"] = spec.Name, ["MasterLabel"] = spec.Name, ["LicenseDefinitionKey"] = spec.Key, ["Status"] = "Active",
                ["TotalLicenses"] = 0, ["UsedLicenses"] = 0, ["UsedLicensesLastUpdated"] = now.AddHours(-3), ["MonthlyLoginsEntitlement"] = null, ["MonthlyLoginsUsed"] = null,
                ["CreatedDate"] = now.AddYears(-6), ["LastModifiedDate"] = now.AddDays(-2),
            };
            store.Add("UserLicense", lic);
            licenseRows[spec.Name] = lic;
            var profile = NewProfile(store, n++, spec.Profile, lic, spec.UserType, now);
            if (!profileByType.TryGetValue(spec.UserType, out var list)) profileByType[spec.UserType] = list = new List<Row>();
            list.Add(profile);
        }
        var adminProfile = NewProfile(store, n++, "System Administrator", licenseRows["Salesforce"], "Standard", now);

        for (var i = 0; i < users; i++)
        {
            var type = i == 0 ? "Standard" : i <= TypeMix.Length - 1 ? TypeMix[i].Type : PickType(random);
            var profile = i == 0 ? adminProfile : profileByType[type][random.Next(profileByType[type].Count)];
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var domain = type == "Standard" || type == "CsnOnly" ? "acme-demo.com" : type == "Guest" ? "acme-site.force.com" : "partner-example.com";
            var username = i == 0 ? "admin@acme-demo.com" : $"{first}.{last}{i}@{domain}".Replace("'", "").ToLowerInvariant();
            var internalUser = type == "Standard";
            var created = now.AddDays(-random.Next(130, 1500)).AddMinutes(-random.Next(0, 1440));
            var modified = created.AddDays(random.Next(0, Math.Max(1, (int)(now - created).TotalDays)));
            var active = i == 0 || random.Next(100) >= 8;
            DateTimeOffset? lastLogin = i == 0 ? now.AddMinutes(-5) : type == "Guest" || random.Next(100) < 10 ? null : now.AddDays(-random.Next(0, 120)).AddMinutes(-random.Next(0, 1440));
            var id = Ids.Make("005", i + 1);
            var row = new Row
            {
                ["Id"] = id, ["Username"] = username, ["FirstName"] = first, ["LastName"] = last, ["Name"] = first + " " + last,
                ["Email"] = username.Replace("@", ".mail@"), ["Alias"] = Alias(first, last),
                ["CommunityNickname"] = $"{first}{i}", ["IsActive"] = active, ["UserType"] = type, ["ProfileId"] = profile.Id,
                ["UserRoleId"] = null, ["ManagerId"] = null, ["Department"] = internalUser ? new[] { "Sales", "Service", "Marketing", "Finance", "IT" }[random.Next(5)] : null,
                ["Title"] = null, ["FederationIdentifier"] = null, ["LastLoginDate"] = lastLogin, ["LastPasswordChangeDate"] = created.AddDays(3),
                ["CreatedDate"] = created, ["LastModifiedDate"] = modified, ["SystemModstamp"] = modified,
                ["ContactId"] = internalUser || type is "CsnOnly" or "Guest" ? null : Ids.Make("003", i + 1), ["AccountId"] = null,
                ["TimeZoneSidKey"] = "Europe/Paris", ["LocaleSidKey"] = "en_US", ["LanguageLocaleKey"] = "en_US",
            };
            foreach (var f in Catalog.UserPermissionFields) row[f] = false;
            if (internalUser)
            {
                row["UserPermissionsSupportUser"] = random.Next(100) < 25;
                row["UserPermissionsInteractionUser"] = random.Next(100) < 10;
                row["UserPermissionsLiveAgentUser"] = random.Next(100) < 8;
                row["UserPermissionsMarketingUser"] = i == 0 || random.Next(100) < 20;
                row["UserPermissionsMobileUser"] = random.Next(100) < 3;
                row["UserPermissionsKnowledgeUser"] = random.Next(100) < 15;
            }
            store.Add("User", row);
            var frozen = i != 0 && random.Next(100) < 3;
            store.Add("UserLogin", new Row { ["Id"] = Ids.Make("060", i + 1), ["UserId"] = id, ["IsFrozen"] = frozen, ["IsPasswordLocked"] = false, ["LastModifiedDate"] = modified });

            var user = new EmulatedUser(row, store);
            if (i == 0) foreach (var p in Catalog.SystemPermissions) user.Permissions.Add(p);
            else if (internalUser) user.Permissions.Add("PermissionsApiEnabled");
            org.AddUser(user);
        }

        // Seats: used = active users holding the licence; some spare.
        foreach (var lic in licenseRows.Values)
        {
            var profiles = store.Rows("Profile").Where(p => (string)p["UserLicenseId"]! == lic.Id).Select(p => p.Id).ToHashSet();
            var used = store.Rows("User").Count(u => (bool)u["IsActive"]! && profiles.Contains((string)u["ProfileId"]!));
            lic["UsedLicenses"] = used;
            lic["TotalLicenses"] = used + Math.Max(1, used / 10) + random.Next(0, 5);
        }

        AddPermissionSetLicenses(store, random, now);
        OAuthGrantGenerator.Add(store, random, now, org.Users, options.OAuthGrants);
        LoginHistoryGenerator.Add(store, random, now, org.Users, options.LoginHistoryDays);
        return (org, org.Users[0]);
    }

    private static string Alias(string first, string last)
    {
        var alias = (first[..1] + last).Replace("'", "").ToLowerInvariant();
        return alias[..Math.Min(8, alias.Length)];
    }

    private static string PickType(Random random)
    {
        var roll = random.Next(100);
        foreach (var (type, percent) in TypeMix)
        {
            if (roll < percent) return type;
            roll -= percent;
        }
        return "Standard";
    }

    private static Row NewProfile(Store store, long n, string name, Row license, string userType, DateTimeOffset now)
    {
        var profile = new Row { ["Id"] = Ids.Make("00e", n), ["Name"] = name, ["UserLicenseId"] = license.Id, ["UserType"] = userType, ["CreatedDate"] = now.AddYears(-6) };
        store.Add("Profile", profile);
        return profile;
    }

    private static void AddPermissionSetLicenses(Store store, Random random, DateTimeOffset now)
    {
        var specs = new[]
        {
            ("SalesCloudEinstein", "Sales Cloud Einstein", "SalesCloudEinsteinPsl"),
            ("FieldServiceScheduling", "Field Service Scheduling", "FieldServiceSchedulingPsl"),
            ("SalesforceCPQ", "Salesforce CPQ License", "SalesforceCPQ_CPQStandardPerm"),
            ("IdentityConnect", "Identity Connect", "IdentityConnect"),
        };
        long n = 1;
        foreach (var (dev, label, key) in specs)
        {
            var total = 10 + random.Next(0, 90);
            store.Add("PermissionSetLicense", new Row
            {
                ["Id"] = Ids.Make("0PL", n++), ["DeveloperName"] = dev, ["MasterLabel"] = label, ["PermissionSetLicenseKey"] = key, ["Status"] = "Active",
                ["TotalLicenses"] = total, ["UsedLicenses"] = random.Next(0, total), ["ExpirationDate"] = new DateTime(now.Year + 1, 1, 31, 0, 0, 0, DateTimeKind.Utc),
                ["IsAvailableForIntegrations"] = false, ["IsSupplementLicense"] = false, ["CreatedDate"] = now.AddYears(-2),
            });
        }
    }
}
