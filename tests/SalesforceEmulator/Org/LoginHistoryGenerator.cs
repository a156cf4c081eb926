namespace SalesforceEmulator.Org;

/// <summary>
/// LoginHistory over the last weeks: UI, API and OAuth logins of active users, with failures among
/// them, the readable LoginType strings real results carry ('Application', 'Remote Access 2.0', ...).
/// </summary>
internal static class LoginHistoryGenerator
{
    private static readonly (string LoginType, string Application, string? ApiType, string Browser, string Platform)[] Kinds =
    {
        ("Application", "Browser", null, "Chrome 131", "Windows 11"),
        ("Application", "Browser", null, "Safari 18", "Mac OSX"),
        ("Remote Access 2.0", "Salesforce for iOS", null, "Salesforce Mobile", "iPhone"),
        ("Remote Access 2.0", "Zapier", null, "Unknown", "Unknown"),
        ("Remote Access 2.0", "Salesforce CLI", null, "Unknown", "Linux"),
        ("Other Apex API", "N/A", "SOAP Enterprise", "Unknown", "Unknown"),
        ("SAML Sfdc Initiated SSO", "Browser", null, "Edge 131", "Windows 11"),
    };

    public static void Add(Store store, Random random, DateTimeOffset now, IReadOnlyList<EmulatedUser> users, int days)
    {
        var candidates = users.Where(u => u.IsActive && u.UserType is "Standard" or "PowerPartner" or "CspLitePortal").ToList();
        long n = 1;
        var rows = new List<Row>();
        foreach (var user in candidates)
        {
            for (var d = days; d >= 0; d--)
            {
                var logins = random.Next(0, 3);
                for (var k = 0; k < logins; k++)
                {
                    var at = now.AddDays(-d).Date.AddHours(random.Next(6, 21)).AddMinutes(random.Next(0, 60)).AddSeconds(random.Next(0, 60));
                    var time = new DateTimeOffset(at, TimeSpan.Zero);
                    if (time > now) continue;
                    var kind = Kinds[random.Next(Kinds.Length)];
                    var failed = random.Next(100) < 8;
                    rows.Add(new Row
                    {
                        ["Id"] = Ids.Make("0Ya", n++), ["UserId"] = user.Id, ["LoginTime"] = time, ["LoginType"] = kind.LoginType,
                        ["LoginSubType"] = kind.LoginType == "Remote Access 2.0" ? "OauthRefreshToken" : "UsernamePasswordUiLogin",
                        ["LoginUrl"] = "acme.my.salesforce.com", ["SourceIp"] = "203.0.113." + random.Next(1, 255),
                        ["Status"] = failed ? "Invalid Password" : "Success", ["Application"] = kind.Application, ["Browser"] = kind.Browser,
                        ["Platform"] = kind.Platform, ["ApiType"] = kind.ApiType, ["ApiVersion"] = kind.ApiType is null ? null : "66.0",
                        ["TlsProtocol"] = "TLS 1.3", ["CountryIso"] = "FR",
                    });
                }
            }
        }
        // Salesforce returns rows in no promised order; store them by time as a real org accumulates them.
        foreach (var row in rows.OrderBy(r => (DateTimeOffset)r["LoginTime"]!)) store.Add("LoginHistory", row);
    }
}
