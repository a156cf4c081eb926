using System.Globalization;
using System.Text;
using SalesforceEmulator.Org;

namespace SalesforceEmulator.EventLogs;

/// <summary>
/// Writes a log file's CSV as Salesforce does: a header row, every value double-quoted, LF line
/// endings, TIMESTAMP as yyyyMMddHHmmss.fff, TIMESTAMP_DERIVED as ISO with Z, 15-character ids in
/// USER_ID and 18-character ones in *_DERIVED. Rows come from a seeded generator, so the same spec
/// always gives the same bytes (and the same length), however large.
/// </summary>
public static class LogCsvWriter
{
    private static readonly string[] Browsers = { "Chrome 131", "Firefox 133", "Safari 18", "Edge 131" };
    private static readonly string[] Entities = { "Account", "Contact", "Opportunity", "Case", "Lead", "User" };
    private static readonly string[] Apps = { "Zapier", "Salesforce CLI", "Dataloader Partner", "Outreach", "Gong" };

    /// <summary>SOAP calls as API rows name them in METHOD_NAME ("query" in every real sample).</summary>
    private static readonly string[] SoapCalls = { "query", "query", "queryMore", "describeSObjects", "create", "update", "retrieve" };

    public static void Write(TextWriter w, LogFileSpec spec, IReadOnlyList<EmulatedUser> users, string orgId)
    {
        var columns = EventTypeColumns.ByType[spec.EventType];
        w.Write(string.Join(",", columns.Select(c => "\"" + c.Name + "\"")));
        w.Write('\n');
        var random = new Random(spec.Seed);
        var step = spec.Rows > 0 ? spec.Period.Ticks / spec.Rows : 0;
        var line = new StringBuilder(1024);
        for (long i = 0; i < spec.Rows; i++)
        {
            var at = spec.LogDate.AddTicks(step * i + random.Next(0, (int)Math.Min(int.MaxValue, Math.Max(1, step))));
            at = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
            var user = users[random.Next(users.Count)];
            line.Clear();
            for (var c = 0; c < columns.Length; c++)
            {
                if (c > 0) line.Append(',');
                line.Append('"').Append(Value(columns[c].Name, spec, at, user, orgId, random, i).Replace("\"", "\"\"")).Append('"');
            }
            line.Append('\n');
            w.Write(line);
        }
    }

    private static string Value(string column, LogFileSpec spec, DateTimeOffset at, EmulatedUser user, string orgId, Random r, long row) => column switch
    {
        "EVENT_TYPE" => spec.EventType,
        "TIMESTAMP" => at.UtcDateTime.ToString("yyyyMMddHHmmss.fff", CultureInfo.InvariantCulture),
        "TIMESTAMP_DERIVED" => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        "REQUEST_ID" => "4u6LyuMrDvb_G-" + spec.Seed.ToString("x8", CultureInfo.InvariantCulture) + row.ToString("x6", CultureInfo.InvariantCulture),
        "ORGANIZATION_ID" => orgId[..15],
        "USER_ID" => user.Id[..15],
        "USER_ID_DERIVED" => user.Id,
        "USER_NAME" => user.Username,
        "USER_TYPE" => spec.EventType == "Logout" ? "S" : user.UserType,
        "RUN_TIME" or "CPU_TIME" or "DURATION" or "EFFECTIVE_PAGE_TIME" => r.Next(5, 3000).ToString(CultureInfo.InvariantCulture),
        "DB_TOTAL_TIME" => r.Next(1_000_000, 200_000_000).ToString(CultureInfo.InvariantCulture),
        "DB_CPU_TIME" or "DB_BLOCKS" or "ROWS_PROCESSED" or "NUMBER_FIELDS" or "ROW_COUNT" or "NUMBER_COLUMNS" or "NUMBER_BUCKETS" or "NUMBER_EXCEPTION_FILTERS" or "AVERAGE_ROW_SIZE" or "UI_EVENT_SEQUENCE_NUM"
            => r.Next(0, 500).ToString(CultureInfo.InvariantCulture),
        "REQUEST_SIZE" or "RESPONSE_SIZE" => r.Next(100, 90_000).ToString(CultureInfo.InvariantCulture),
        "UI_EVENT_TIMESTAMP" or "PAGE_START_TIME" => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        "STATUS_CODE" => r.Next(100) < 95 ? "200" : "400",
        "URI" => spec.EventType switch { "Login" => "/services/oauth2/token", "API" => "Api", "RestApi" => "/services/data/v66.0/query", "Report" => "/00O5j000000AbCd", _ => "/lightning/r/Account/0015j00000AbCdEAAV/view" },
        "SESSION_KEY" => spec.EventType == "Login" ? "" : "d7DEq/ANa7nNZZ" + (row % 97).ToString("D2", CultureInfo.InvariantCulture),
        "LOGIN_KEY" => "GeJCsym5eyvtEK" + (row % 89).ToString("D2", CultureInfo.InvariantCulture),
        "REQUEST_STATUS" => r.Next(100) < 97 ? "S" : "F",
        "LOGIN_TYPE" => r.Next(3) == 0 ? "R" : "A",
        "LOGIN_SUB_TYPE" => r.Next(3) == 0 ? "oauthrefreshtoken" : "",
        "LOGIN_STATUS" => r.Next(100) < 92 ? "LOGIN_NO_ERROR" : "LOGIN_ERROR_INVALID_PASSWORD",
        "BROWSER_TYPE" or "BROWSER_NAME" => Browsers[r.Next(Browsers.Length)],
        "API_TYPE" => spec.EventType is "API" ? "E" : "",
        "METHOD_NAME" => SoapCalls[r.Next(SoapCalls.Length)],
        "API_VERSION" => "66.0",
        "API_FAMILY" => r.Next(2) == 0 ? "REST" : "SOAP",
        "API_RESOURCE" => "/v66.0/query",
        "HTTP_METHOD" or "METHOD" => r.Next(4) == 0 ? "POST" : "GET",
        "ENTITY_NAME" => Entities[r.Next(Entities.Length)],
        "CLIENT_NAME" or "CONNECTED_APP_NAME" => Apps[r.Next(Apps.Length)],
        "CONNECTED_APP_ID" => "0H45j000000" + r.Next(1000, 9999).ToString(CultureInfo.InvariantCulture),
        "COUNTS_AGAINST_API_LIMIT" => "true",
        "CLIENT_IP" or "SOURCE_IP" => "203.0.113." + r.Next(1, 255).ToString(CultureInfo.InvariantCulture),
        "FORWARDED_FOR_IP" => "198.51.100.7,10.0.0." + r.Next(1, 255).ToString(CultureInfo.InvariantCulture),
        "TLS_PROTOCOL" => "TLSv1.3",
        "CIPHER_SUITE" => "TLS_AES_256_GCM_SHA384",
        "LOGIN_URL" => "acme.my.salesforce.com",
        "COUNTRY_CODE" => "FR",
        "MEDIA_TYPE" => "application/json",
        "USER_AGENT" => "Mozilla/5.0 (X11; Linux x86_64)",
        "APP_NAME" or "PAGE_APP_NAME" => "one:one",
        "PAGE_ENTITY_TYPE" => Entities[r.Next(Entities.Length)],
        "PAGE_URL" => "/lightning/page/home",
        "REPORT_ID" => "00O5j000000AbCd",
        "REPORT_ID_DERIVED" => "00O5j000000AbCdEAA",
        "DISPLAY_TYPE" => "D",
        "RENDERING_TYPE" => "W",
        "ORIGIN" => "ReportRunFromLightning",
        "SESSION_TYPE" => "U",
        "SESSION_LEVEL" => "STANDARD",
        "USER_INITIATED_LOGOUT" => r.Next(2) == 0 ? "1" : "0",
        "REFERRER_URI" => "https://acme.lightning.force.com/",
        // Logout's numeric codes, as a real 2020 row has them (platform, screen resolution, app; 9998.0 for a browser session).
        "PLATFORM_TYPE" => "1015",
        "RESOLUTION_TYPE" => "9999",
        "APP_TYPE" => "1000",
        "CLIENT_VERSION" => "9998.0",
        "SORT" => r.Next(2) == 0 ? "CUST_CREATED_DATE.down" : "ACCOUNT.NAME.up",
        _ => "",
    };
}
