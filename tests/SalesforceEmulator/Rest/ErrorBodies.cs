using System.Text.Json;

namespace SalesforceEmulator.Rest;

/// <summary>Salesforce's error bodies: REST errors are an array of {message, errorCode}; OAuth errors are {error, error_description}.</summary>
public static class ErrorBodies
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Rest(int status, string errorCode, string message) =>
        Results.Content(JsonSerializer.Serialize(new[] { new { message, errorCode } }, Options), "application/json;charset=UTF-8", statusCode: status);

    public static IResult OAuth(int status, string error, string description) =>
        Results.Content(JsonSerializer.Serialize(new { error, error_description = description }, Options), "application/json;charset=UTF-8", statusCode: status);

    public static IResult SessionInvalid() => Rest(401, "INVALID_SESSION_ID", "Session expired or invalid");
}
