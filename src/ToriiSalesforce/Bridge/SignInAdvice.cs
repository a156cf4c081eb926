using System;
using ToriiSalesforce.Engine.Http;

namespace ToriiSalesforce.Bridge;

/// <summary>
/// Sharper advice for sign-in refusals whose OAuth error code alone is too broad: Salesforce answers
/// invalid_grant for a wrong JWT audience, an app not pre-authorised, a missing run-as user and an
/// expired code alike, and each needs a different fix.
/// </summary>
internal static class SignInAdvice
{
    private const string AppPolicies = "Setup > App Manager > the connected app > Manage > Edit Policies";

    /// <summary>The same refusal with advice for this flow, or null when the engine's advice is already the right one.</summary>
    public static SalesforceApiException? Refine(SalesforceApiException refused, SignInFlow flow, Uri loginUrl)
    {
        var advice = AdviceFor(refused.ErrorCode, refused.Message, flow, loginUrl);
        return advice is null ? null : new SalesforceApiException(refused.StatusCode, refused.ErrorCode, refused.Message, advice, refused);
    }

    private static string? AdviceFor(string code, string message, SignInFlow flow, Uri loginUrl)
    {
        bool Says(string text) => message.IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0;
        var host = loginUrl.GetLeftPart(UriPartial.Authority);

        switch (flow)
        {
            case SignInFlow.JwtBearer when code == "invalid_grant" && Says("audience"):
                return $"The JWT's audience (aud) was {host}, the login host this connection used. Salesforce expects https://login.salesforce.com for a production org, " +
                       "https://test.salesforce.com for a sandbox (-Sandbox), or the org's own My Domain URL (-Domain or -LoginUrl). Connect again with the login host that matches the org.";
            case SignInFlow.JwtBearer when code == "invalid_grant" && Says("approved"):
                return $"The connected app is not pre-authorised for this user, or -Username is wrong. {AppPolicies} > Permitted Users: Admin approved users are pre-authorized > Save; " +
                       "then Manage Profiles or Manage Permission Sets and add the user's profile or permission set.";
            case SignInFlow.JwtBearer when code == "invalid_grant" && Says("expired"):
                return "Salesforce saw the JWT as expired. The JWT is valid for 3 minutes from this computer's clock: check that the clock is correct (time zone and NTP), then connect again.";
            case SignInFlow.JwtBearer when code == "invalid_grant" && Says("assertion"):
                return "Salesforce could not verify the JWT's signature. The certificate uploaded to the connected app (App Manager > the app > Edit > Use digital signatures) " +
                       "must be the one whose private key is in -CertificatePath or -Certificate.";
            case SignInFlow.ClientCredentials when code == "invalid_grant" && Says("client credentials user"):
                return $"The connected app has no run-as user for the client credentials flow. Tick Enable Client Credentials Flow in the app's OAuth settings, then {AppPolicies} > " +
                       "Client Credentials Flow > Run As > choose the integration user > Save.";
            case SignInFlow.Interactive when code == "invalid_grant":
                return "Salesforce refused the authorization code (expired, already used, or issued for another callback URL). Connect again; " +
                       "check that -RedirectUri is exactly one of the connected app's Callback URLs.";
            case SignInFlow.Interactive when code is "invalid_client" or "invalid_client_credentials":
                return "The connected app requires its Consumer Secret for this flow, or the secret given is wrong. Pass -ClientSecret with -Interactive " +
                       "(App Manager > the app > View > Manage Consumer Details), or untick Require Secret for Web Server Flow on the app.";
            case SignInFlow.DeviceCode when code == "invalid_grant" && Says("expired"):
                return "The device code expired before it was entered. Run Connect-ToriiSalesforce -DeviceCode again and enter the new code promptly.";
            case SignInFlow.DeviceCode when code == "invalid_grant":
                return "Salesforce refused the device sign-in. Make sure the connected app has Enable for Device Flow ticked and is installed in the org " +
                       "(since September 2025 Salesforce blocks the device flow for uninstalled apps), then connect again.";
            default:
                return null;
        }
    }
}
