using System.Text.Json;
using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Engine.Auth;

/// <summary>
/// Headless sign-in (salesforce-api.md 1.6): ask for a device code, show the URL and user code, then
/// poll at the interval Salesforce gives. authorization_pending keeps polling, slow_down widens the
/// interval, anything else (denied, expired) stops with the reason.
/// </summary>
internal static class DeviceFlow
{
    public static async Task<TokenResponse> SignInAsync(OAuthTokenClient oauth, string clientId, Action<DeviceCodePrompt> show,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        string deviceCode;
        DeviceCodePrompt prompt;
        using (var start = await oauth.PostAsync(new Dictionary<string, string>
               {
                   ["response_type"] = "device_code",
                   ["client_id"] = clientId,
                   ["scope"] = "api refresh_token id",
               }, cancellationToken).ConfigureAwait(false))
        {
            var root = start.RootElement;
            deviceCode = Text(root, "device_code") ?? throw new FormatException("The device-code response has no device_code.");
            var interval = root.TryGetProperty("interval", out var i) && i.TryGetInt32(out var seconds) && seconds > 0 ? seconds : 5;
            prompt = new DeviceCodePrompt(new Uri(Text(root, "verification_uri") ?? oauth.LoginUrl.ToString()), Text(root, "user_code") ?? "", TimeSpan.FromSeconds(interval));
        }
        show(prompt);

        var wait = prompt.PollInterval;
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            try
            {
                return await oauth.RequestTokenAsync(new Dictionary<string, string>
                {
                    ["grant_type"] = "device",
                    ["client_id"] = clientId,
                    ["code"] = deviceCode,
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (SalesforceApiException ex) when (ex.ErrorCode == "authorization_pending" || ex.ErrorCode == "slow_down")
            {
                if (ex.ErrorCode == "slow_down") wait += TimeSpan.FromSeconds(5);
                if (DateTimeOffset.UtcNow + wait > deadline)
                {
                    throw new SalesforceApiException(0, "SIGN_IN_TIMEOUT", $"Nobody entered the code {prompt.UserCode} within {timeout.TotalSeconds:0} seconds.",
                        "Run Connect-ToriiSalesforce -DeviceCode again and enter the code sooner, or give a longer -TimeoutSec.");
                }
                Diagnostics.EngineLog.Verbose(ex.ErrorCode == "slow_down" ? $"Salesforce asked to poll more slowly; next check in {wait.TotalSeconds:0}s." : "Waiting for the code to be entered...");
            }
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
