using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using SalesforceEmulator.Rest;

namespace SalesforceEmulator.OAuth;

/// <summary>
/// The interactive, device, JWT bearer and client-credentials grants (salesforce-api.md 1.3 to 1.7):
/// authorization codes are single-use, short-lived and bound to the PKCE challenge and redirect URI;
/// device codes are approved after a configurable number of polls; JWTs are checked against the
/// connected app's certificate, audience and expiry.
/// </summary>
public sealed class OAuthFlows
{
    private sealed record PendingCode(string UserId, string RedirectUri, string? Challenge, DateTimeOffset Expires);
    private sealed class PendingDevice
    {
        public required string UserCode { get; init; }
        public required DateTimeOffset Expires { get; init; }
        public int Polls { get; set; }
        public bool Used { get; set; }
    }

    private readonly ConcurrentDictionary<string, PendingCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PendingDevice> _devices = new(StringComparer.Ordinal);
    private int _denyNext;
    private int _slowDownNext;

    internal OAuthFlows()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ToriiSalesforce emulator connected app", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        // Re-import so the private key is usable on every platform.
        JwtCertificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>The certificate uploaded to the connected app, with its private key (tests sign JWTs with it).</summary>
    public X509Certificate2 JwtCertificate { get; }

    /// <summary>Who the authorize page signs in as; null means the admin.</summary>
    public string? AuthorizeAsUserId { get; set; }

    /// <summary>The run-as user of the client-credentials flow; null disables the flow ("no client credentials user enabled").</summary>
    public string? ClientCredentialsUserId { get; set; }

    /// <summary>Device polls answered authorization_pending before the code counts as entered.</summary>
    public int DevicePendingPolls { get; set; } = 1;

    /// <summary>Seconds between device polls that the device-code response asks for.</summary>
    public int DeviceInterval { get; set; } = 5;

    /// <summary>How long authorization codes live.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The next authorize request is denied by the "user" (access_denied).</summary>
    public void DenyNextAuthorization() => Interlocked.Exchange(ref _denyNext, 1);

    /// <summary>The next device poll is answered slow_down.</summary>
    public void SlowDownNextPoll() => Interlocked.Exchange(ref _slowDownNext, 1);

    internal IResult Authorize(HttpContext context, EmulatorState state)
    {
        var q = context.Request.Query;
        var redirect = q["redirect_uri"].ToString();
        if (q["client_id"] != state.ClientId) return Results.Content("error=invalid_client_id&error_description=client identifier invalid", "text/plain", statusCode: 400);
        if (!Uri.TryCreate(redirect, UriKind.Absolute, out var redirectUri)) return Results.Content("error=redirect_uri_mismatch", "text/plain", statusCode: 400);
        var stateParam = q["state"].ToString();
        string Back(string query) => redirectUri + (redirect.Contains('?') ? "&" : "?") + query + (stateParam.Length > 0 ? "&state=" + Uri.EscapeDataString(stateParam) : "");

        if (q["response_type"] != "code") return Results.Redirect(Back("error=unsupported_response_type&error_description=" + Uri.EscapeDataString("response type not supported")));
        if (Interlocked.Exchange(ref _denyNext, 0) == 1)
            return Results.Redirect(Back("error=access_denied&error_description=" + Uri.EscapeDataString("end-user denied authorization")));

        var code = "aPrx" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)).Replace('+', '.').Replace('/', '_').TrimEnd('=');
        var challenge = q["code_challenge"].ToString();
        _codes[code] = new PendingCode(AuthorizeAsUserId ?? state.Admin.Id, redirect, challenge.Length > 0 ? challenge : null, DateTimeOffset.UtcNow + CodeLifetime);
        return Results.Redirect(Back("code=" + Uri.EscapeDataString(code)));
    }

    internal IResult ExchangeCode(Func<string, string?> f, EmulatorState state)
    {
        if (TokenEndpoint.CheckClient(f("client_id"), f("client_secret"), state, requireSecret: false) is { } bad) return bad;
        var code = f("code") ?? "";
        if (!_codes.TryRemove(code, out var pending) || pending.Expires < DateTimeOffset.UtcNow)
            return ErrorBodies.OAuth(400, "invalid_grant", "invalid authorization code");
        if (f("redirect_uri") != pending.RedirectUri) return ErrorBodies.OAuth(400, "invalid_grant", "redirect_uri must match configuration");
        if (pending.Challenge is not null)
        {
            var verifier = f("code_verifier");
            if (string.IsNullOrEmpty(verifier)) return ErrorBodies.OAuth(400, "invalid_grant", "invalid code verifier");
            var computed = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            if (computed != pending.Challenge) return ErrorBodies.OAuth(400, "invalid_request", "invalid code verifier");
        }
        return TokenEndpoint.Success(state, pending.UserId, state.Sessions.IssueRefresh(pending.UserId), "refresh_token api id");
    }

    internal IResult StartDevice(string? clientId, EmulatorState state)
    {
        if (clientId != state.ClientId) return ErrorBodies.OAuth(400, "invalid_client_id", "client identifier invalid");
        var deviceCode = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var userCode = Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
        _devices[deviceCode] = new PendingDevice { UserCode = userCode, Expires = DateTimeOffset.UtcNow.AddMinutes(10) };
        return Results.Json(new Dictionary<string, object>
        {
            ["device_code"] = deviceCode,
            ["user_code"] = userCode,
            ["verification_uri"] = state.BaseUrl.ToString().TrimEnd('/') + "/setup/connect",
            ["interval"] = DeviceInterval,
        });
    }

    internal IResult PollDevice(Func<string, string?> f, EmulatorState state)
    {
        if (f("client_id") != state.ClientId) return ErrorBodies.OAuth(400, "invalid_client_id", "client identifier invalid");
        if (!_devices.TryGetValue(f("code") ?? "", out var device) || device.Used) return ErrorBodies.OAuth(400, "invalid_grant", "invalid device code");
        if (device.Expires < DateTimeOffset.UtcNow) return ErrorBodies.OAuth(400, "invalid_grant", "expired authorization code");
        if (Interlocked.Exchange(ref _slowDownNext, 0) == 1) return ErrorBodies.OAuth(400, "slow_down", "polling too frequently");
        if (device.Polls++ < DevicePendingPolls) return ErrorBodies.OAuth(400, "authorization_pending", "authorization pending");
        device.Used = true;
        var user = AuthorizeAsUserId ?? state.Admin.Id;
        return TokenEndpoint.Success(state, user, state.Sessions.IssueRefresh(user), "refresh_token api id");
    }

    internal IResult JwtBearer(Func<string, string?> f, EmulatorState state)
    {
        var parts = (f("assertion") ?? "").Split('.');
        if (parts.Length != 3) return ErrorBodies.OAuth(400, "invalid_grant", "invalid assertion");
        JsonElement claims;
        try
        {
            using var header = JsonDocument.Parse(Decode(parts[0]));
            if (header.RootElement.GetProperty("alg").GetString() != "RS256") return ErrorBodies.OAuth(400, "invalid_grant", "invalid assertion");
            using var rsa = JwtCertificate.GetRSAPublicKey()!;
            if (!rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Decode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
                return ErrorBodies.OAuth(400, "invalid_grant", "invalid assertion");
            claims = JsonDocument.Parse(Decode(parts[1])).RootElement.Clone();
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return ErrorBodies.OAuth(400, "invalid_grant", "invalid assertion");
        }

        string? Claim(string name) => claims.TryGetProperty(name, out var v) ? v.ToString() : null;
        if (Claim("iss") != state.ClientId) return ErrorBodies.OAuth(400, "invalid_client_id", "client identifier invalid");
        var audience = (Claim("aud") ?? "").TrimEnd('/');
        if (audience != state.BaseUrl.ToString().TrimEnd('/')) return ErrorBodies.OAuth(400, "invalid_grant", "Audience validation failed");
        if (!long.TryParse(Claim("exp"), out var exp) || DateTimeOffset.FromUnixTimeSeconds(exp) < DateTimeOffset.UtcNow)
            return ErrorBodies.OAuth(400, "invalid_grant", "expired authorization code");
        var user = state.Org.Users.FirstOrDefault(u => string.Equals(u.Username, Claim("prn") ?? Claim("sub"), StringComparison.OrdinalIgnoreCase));
        if (user is null) return ErrorBodies.OAuth(400, "invalid_grant", "user hasn't approved this consumer");
        if (!user.IsActive) return ErrorBodies.OAuth(400, "inactive_user", "user is inactive");
        return TokenEndpoint.Success(state, user.Id, null, "api id");
    }

    internal IResult ClientCredentials(Func<string, string?> f, EmulatorState state)
    {
        if (TokenEndpoint.CheckClient(f("client_id"), f("client_secret"), state, requireSecret: true) is { } bad) return bad;
        var runAs = ClientCredentialsUserId;
        if (runAs is null) return ErrorBodies.OAuth(400, "invalid_grant", "no client credentials user enabled");
        return TokenEndpoint.Success(state, runAs, null, "api");
    }

    private static byte[] Decode(string s)
    {
        s = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
