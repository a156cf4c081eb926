using System.Globalization;
using System.Text;

namespace ToriiSalesforce.Bench;

/// <summary>
/// Writes a Login Event Log File of a given size with the 2025 Login column set (34 columns, every
/// value double-quoted, LF endings), deterministic for a seed, without holding it in memory.
/// </summary>
internal static class LoginLogWriter
{
    private static readonly string[] Columns =
    {
        "EVENT_TYPE", "TIMESTAMP", "REQUEST_ID", "ORGANIZATION_ID", "USER_ID", "RUN_TIME", "CPU_TIME", "URI", "SESSION_KEY", "LOGIN_KEY",
        "USER_TYPE", "REQUEST_STATUS", "DB_TOTAL_TIME", "LOGIN_TYPE", "BROWSER_TYPE", "API_TYPE", "API_VERSION", "USER_NAME", "TLS_PROTOCOL",
        "CIPHER_SUITE", "USE_API_TOKEN", "HTTP_REFERER", "LOGIN_URL", "COUNTRY_CODE", "AUTHENTICATION_METHOD_REFERENCE", "LOGIN_SUB_TYPE",
        "AUTHENTICATION_SERVICE_ID", "TIMESTAMP_DERIVED", "USER_ID_DERIVED", "CLIENT_IP", "URI_ID_DERIVED", "LOGIN_STATUS", "SOURCE_IP", "FORWARDED_FOR_IP",
    };

    public const string FieldTypes =
        "String,DateTime,String,Id,Id,Number,Number,String,String,String,String,String,Number,String,String,String,Number,String,String,String,String,String,String,String,String,String,Id,DateTime,Id,IP,Id,String,IP,String";

    private static readonly string[] Browsers = { "Chrome 131", "Firefox 133", "Safari 18", "Edge 131", "Go-http-client/1.1", "Salesforce CLI" };
    private static readonly string[] SubTypes = { "", "oauthrefreshtoken", "oauthwebserver", "oauthjwtbearer", "uipassword" };
    private static readonly string[] Statuses = { "LOGIN_NO_ERROR", "LOGIN_NO_ERROR", "LOGIN_NO_ERROR", "LOGIN_ERROR_INVALID_PASSWORD" };

    public static (long Bytes, long Rows) Write(string path, long targetBytes, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        long rows = 0;
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.Write(string.Join(",", Columns.Select(c => "\"" + c + "\"")));
        writer.Write('\n');
        var line = new StringBuilder(600);
        while (stream.Position + writer.Encoding.GetMaxByteCount(0) < targetBytes)
        {
            var at = start.AddMilliseconds(rows * 737 % 86_400_000);
            var user = 1 + random.Next(5000);
            var id15 = "0055j0000" + user.ToString("D6", CultureInfo.InvariantCulture);
            line.Clear();
            Field(line, "Login", true);
            Field(line, at.ToString("yyyyMMddHHmmss.fff", CultureInfo.InvariantCulture));
            Field(line, "4u6LyuMrDvb_G-" + rows.ToString("x8", CultureInfo.InvariantCulture));
            Field(line, "00D5j00000DgAYG");
            Field(line, id15);
            Field(line, random.Next(50, 2000).ToString(CultureInfo.InvariantCulture));
            Field(line, random.Next(5, 300).ToString(CultureInfo.InvariantCulture));
            Field(line, "/services/oauth2/token");
            Field(line, "");
            Field(line, "bY5Wfv8t/Ith" + (rows % 9973).ToString("D4", CultureInfo.InvariantCulture));
            Field(line, "Standard");
            Field(line, "S");
            Field(line, random.Next(1_000_000, 200_000_000).ToString(CultureInfo.InvariantCulture));
            Field(line, "A");
            Field(line, Browsers[random.Next(Browsers.Length)]);
            Field(line, "");
            Field(line, "9998.0");
            Field(line, "user" + user.ToString(CultureInfo.InvariantCulture) + "@acme-demo.com");
            Field(line, "TLSv1.3");
            Field(line, "TLS_AES_256_GCM_SHA384");
            Field(line, "T");
            Field(line, "");
            Field(line, "acme.my.salesforce.com");
            Field(line, "US");
            Field(line, "");
            Field(line, SubTypes[random.Next(SubTypes.Length)]);
            Field(line, "");
            Field(line, at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            Field(line, ToriiSalesforce.Engine.SalesforceId.To18(id15)!);
            Field(line, "203.0.113." + random.Next(1, 255).ToString(CultureInfo.InvariantCulture));
            Field(line, "");
            Field(line, Statuses[random.Next(Statuses.Length)]);
            Field(line, "198.51.100." + random.Next(1, 255).ToString(CultureInfo.InvariantCulture));
            Field(line, "198.51.100.7,10.0.0.1");
            line.Append('\n');
            writer.Write(line);
            rows++;
            if ((rows & 1023) == 0) writer.Flush();
        }
        writer.Flush();
        return (stream.Length, rows);
    }

    private static void Field(StringBuilder line, string value, bool first = false)
    {
        if (!first) line.Append(',');
        line.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }
}
