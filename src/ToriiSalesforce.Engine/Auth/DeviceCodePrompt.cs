namespace ToriiSalesforce.Engine.Auth;

/// <summary>What the person must do to finish a device-flow sign-in: open the URL and enter the code.</summary>
public sealed record DeviceCodePrompt(Uri VerificationUri, string UserCode, TimeSpan PollInterval)
{
    public override string ToString() => $"To sign in, open {VerificationUri} in any browser and enter the code {UserCode}.";
}
