namespace ToriiSalesforce.Engine.Auth;

/// <summary>A session id and the instance it belongs to. The value is a <see cref="Secret"/>: it never prints.</summary>
internal sealed record AccessToken(Secret Value, Uri InstanceUrl);
