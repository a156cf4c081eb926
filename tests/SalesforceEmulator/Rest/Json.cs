using System.Text.Encodings.Web;
using System.Text.Json;

namespace SalesforceEmulator.Rest;

/// <summary>JSON as Salesforce writes it: names as given (no camel-casing), '+' and quotes not escaped.</summary>
internal static class Json
{
    public static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = null;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }
}
