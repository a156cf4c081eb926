using System.Net.Http;
using System.Text.Json;

namespace ToriiSalesforce.Engine.Http;

/// <summary>
/// Turns a failed response into a <see cref="SalesforceApiException"/>. REST errors are a JSON array of
/// {message, errorCode}; OAuth errors are {error, error_description}; anything else (an HTML maintenance
/// page) becomes a code derived from the status.
/// </summary>
internal static class SalesforceErrorReader
{
    public static async Task<SalesforceApiException> ReadAsync(HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        string body;
        try
        {
            body = response.Content is null ? "" : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            body = "";
        }

        var (code, message) = Parse(body, status);
        return new SalesforceApiException(status, code, $"{what} failed: {message}", ErrorRemediation.For(code, status));
    }

    internal static (string Code, string Message) Parse(string body, int status)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0)
            {
                var first = root[0];
                var code = first.TryGetProperty("errorCode", out var c) ? c.GetString() : null;
                var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
                if (!string.IsNullOrEmpty(code)) return (code!, Clean(message) ?? code!);
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e))
            {
                var code = e.GetString() ?? "oauth_error";
                var description = root.TryGetProperty("error_description", out var d) ? d.GetString() : null;
                return (code, description ?? code);
            }
        }
        catch (JsonException)
        {
            // Not JSON (an HTML maintenance page, a proxy's answer): fall through to the status.
        }

        var fallback = status switch
        {
            401 => "INVALID_SESSION_ID",
            403 => "INSUFFICIENT_ACCESS",
            404 => "NOT_FOUND",
            503 => "SERVER_UNAVAILABLE",
            >= 500 => "UNKNOWN_EXCEPTION",
            _ => "HTTP_" + status,
        };
        return (fallback, $"HTTP {status}");
    }

    /// <summary>
    /// SOQL errors carry a position report (the query, a caret line, "ERROR at Row:..") before the
    /// explanation; keep the explanation, which is what an admin can act on.
    /// </summary>
    private static string? Clean(string? message)
    {
        if (message is null) return null;
        var lines = message.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        return lines.Length == 0 ? message : lines[lines.Length - 1];
    }
}
