namespace SalesforceEmulator.EventLogs;

/// <summary>
/// The column sets of the event types the emulator serves, from real files (the 2025 Login set, and
/// the Logout, API, RestApi, URI, LightningPageView and Report rows of shared/realdata) and the
/// documented ApiTotalUsage columns; with their LogFileFieldTypes.
/// </summary>
public static class EventTypeColumns
{
    public sealed record Column(string Name, string Type);

    private static Column[] Cols(params string[] spec) => spec.Select(s =>
    {
        var parts = s.Split(':');
        return new Column(parts[0], parts.Length > 1 ? parts[1] : "String");
    }).ToArray();

    public static readonly IReadOnlyDictionary<string, Column[]> ByType = new Dictionary<string, Column[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["Login"] = Cols("EVENT_TYPE", "TIMESTAMP:DateTime", "REQUEST_ID", "ORGANIZATION_ID:Id", "USER_ID:Id", "RUN_TIME:Number", "CPU_TIME:Number", "URI", "SESSION_KEY", "LOGIN_KEY",
            "USER_TYPE", "REQUEST_STATUS", "DB_TOTAL_TIME:Number", "LOGIN_TYPE", "BROWSER_TYPE", "API_TYPE", "API_VERSION", "USER_NAME", "TLS_PROTOCOL", "CIPHER_SUITE",
            "USE_API_TOKEN", "HTTP_REFERER", "LOGIN_URL", "COUNTRY_CODE", "AUTHENTICATION_METHOD_REFERENCE", "LOGIN_SUB_TYPE", "AUTHENTICATION_SERVICE_ID:Id",
            "TIMESTAMP_DERIVED:DateTime", "USER_ID_DERIVED:Id", "CLIENT_IP:IP", "URI_ID_DERIVED:Id", "LOGIN_STATUS", "SOURCE_IP:IP", "FORWARDED_FOR_IP"),
        ["Logout"] = Cols("EVENT_TYPE", "TIMESTAMP:DateTime", "REQUEST_ID", "ORGANIZATION_ID:Id", "USER_ID:Id", "USER_TYPE", "SESSION_TYPE", "SESSION_LEVEL", "BROWSER_TYPE",
            "PLATFORM_TYPE", "RESOLUTION_TYPE", "APP_TYPE", "CLIENT_VERSION", "API_TYPE", "API_VERSION", "USER_INITIATED_LOGOUT", "SESSION_KEY", "LOGIN_KEY",
            "TIMESTAMP_DERIVED:DateTime", "USER_ID_DERIVED:Id", "CLIENT_IP:IP"),
        ["API"] = Cols("EVENT_TYPE", "TIMESTAMP:DateTime", "REQUEST_ID", "ORGANIZATION_ID:Id", "USER_ID:Id", "RUN_TIME:Number", "CPU_TIME:Number", "URI", "SESSION_KEY", "LOGIN_KEY",
            "REQUEST_STATUS", "DB_TOTAL_TIME:Number", "API_TYPE", "API_VERSION", "CLIENT_NAME", "METHOD_NAME", "ENTITY_NAME", "ROWS_PROCESSED:Number", "REQUEST_SIZE:Number",
            "RESPONSE_SIZE:Number", "DB_BLOCKS:Number", "DB_CPU_TIME:Number", "TIMESTAMP_DERIVED:DateTime", "USER_ID_DERIVED:Id", "CLIENT_IP:IP", "URI_ID_DERIVED:Id"),
        ["RestApi"] = Cols("EVENT_TYPE", "TIMESTAMP:DateTime", "REQUEST_ID", "ORGANIZATION_ID:Id", "USER_ID:Id", "RUN_TIME:Number", "CPU_TIME:Number", "URI", "SESSION_KEY", "LOGIN_KEY",
            "REQUEST_STATUS", "DB_TOTAL_TIME:Number", "METHOD", "MEDIA_TYPE", "STATUS_CODE:Number", "USER_AGENT", "ROWS_PROCESSED:Number", "NUMBER_FIELDS:Number",
            "DB_BLOCKS:Number", "DB_CPU_TIME:Number", "REQUEST_SIZE:Number", "RESPONSE_SIZE:Number", "ENTITY_NAME", "TIMESTAMP_DERIVED:DateTime", "USER_ID_DERIVED:Id",
            "CLIENT_IP:IP", "URI_ID_DERIVED:Id"),
        ["URI"] = Cols("EVENT_TYPE", "TIMESTAMP:DateTime", "REQUEST_ID", "ORGANIZATION_ID:Id", "USER_ID:Id", "RUN_TIME:Number", "CPU_TIME:Number", "URI", "SESSION_KEY", "LOGIN_KEY",
            "REQUEST_STATUS", "DB_TOTAL_TIME:Number", "DB_BLOCKS:Number", "DB_CPU_TIME:Number", "REFERRER_URI", "TIMESTAMP_DERIVED:DateTime", "USER_ID_DERIVED:Id", "CLIENT_IP:IP", "URI_ID_DERIVED:Id"),
        ["LightningPageView"] = Cols("EVENT_TYPE", "TIMESTAMP:DateTime", "REQUEST_ID", "ORGANIZATION_ID:Id", "USER_ID:Id", "CLIENT_ID", "SESSION_KEY", "LOGIN_KEY", "USER_TYPE", "APP_NAME",
            "DEVICE_PLATFORM", "SDK_APP_VERSION", "OS_NAME", "OS_VERSION", "USER_AGENT", "BROWSER_NAME", "BROWSER_VERSION", "SDK_VERSION", "DEVICE_MODEL", "DEVICE_ID",
            "SDK_APP_TYPE", "CONNECTION_TYPE", "UI_EVENT_ID", "UI_EVENT_SOURCE", "UI_EVENT_TIMESTAMP:Number", "PAGE_START_TIME:Number", "DURATION:Number",
            "EFFECTIVE_PAGE_TIME:Number", "DEVICE_SESSION_ID", "UI_EVENT_SEQUENCE_NUM:Number", "PAGE_ENTITY_ID:Id", "PAGE_ENTITY_TYPE", "PAGE_CONTEXT", "PAGE_URL",
            "PAGE_APP_NAME", "PREVPAGE_ENTITY_ID:Id", "PREVPAGE_ENTITY_TYPE", "PREVPAGE_CONTEXT", "PREVPAGE_URL", "PREVPAGE_APP_NAME", "TARGET_UI_ELEMENT",
            "PARENT_UI_ELEMENT", "GRANDPARENT_UI_ELEMENT", "TIMESTAMP_DERIVED:DateTime", "USER_ID_DERIVED:Id", "CLIENT_IP:IP"),
        ["Report"] = Cols("EVENT_TYPE", "TIMESTAMP:DateTime", "REQUEST_ID", "ORGANIZATION_ID:Id", "USER_ID:Id", "RUN_TIME:Number", "CPU_TIME:Number", "URI", "SESSION_KEY", "LOGIN_KEY",
            "REQUEST_STATUS", "DB_TOTAL_TIME:Number", "ENTITY_NAME", "DISPLAY_TYPE", "RENDERING_TYPE", "REPORT_ID:Id", "ROW_COUNT:Number", "NUMBER_EXCEPTION_FILTERS:Number",
            "NUMBER_COLUMNS:Number", "AVERAGE_ROW_SIZE:Number", "SORT", "DB_BLOCKS:Number", "DB_CPU_TIME:Number", "NUMBER_BUCKETS:Number", "TIMESTAMP_DERIVED:DateTime",
            "USER_ID_DERIVED:Id", "CLIENT_IP:IP", "URI_ID_DERIVED:Id", "REPORT_ID_DERIVED:Id", "ORIGIN"),
        ["ApiTotalUsage"] = Cols("EVENT_TYPE", "TIMESTAMP:DateTime", "REQUEST_ID", "ORGANIZATION_ID:Id", "USER_ID:Id", "USER_NAME", "API_FAMILY", "API_VERSION", "API_RESOURCE",
            "CLIENT_NAME", "CLIENT_IP:IP", "CONNECTED_APP_ID:Id", "CONNECTED_APP_NAME", "COUNTS_AGAINST_API_LIMIT:Boolean", "ENTITY_NAME", "HTTP_METHOD", "STATUS_CODE:Number",
            "TIMESTAMP_DERIVED:DateTime"),
    };

    public static string FieldNames(string eventType) => string.Join(",", ByType[eventType].Select(c => c.Name));
    public static string FieldTypes(string eventType) => string.Join(",", ByType[eventType].Select(c => c.Type));
}
