using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using SalesforceEmulator;

namespace ToriiSalesforce.Engine.Tests.EmulatorTests;

/// <summary>The OAuth flows the emulator serves: authorization code with PKCE, device, JWT bearer, client credentials, revoke and refresh-token rotation.</summary>
public sealed class OAuthFlowTests : IAsyncLifetime
{
    private const string RedirectUri = "http://localhost:1717/OauthRedirect";

    private EmulatorServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 200 });
        _http = NewHttp(_server);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private static HttpClient NewHttp(EmulatorServer server) =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseUrl };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> Token(HttpClient http, Dictionary<string, string> form)
    {
        using var response = await http.PostAsync("/services/oauth2/token", new FormUrlEncodedContent(form));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> Token(Dictionary<string, string> form) => Token(_http, form);

    private static void AssertOAuthError(HttpStatusCode status, JsonElement body, string error, string? description = null)
    {
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(error, body.GetProperty("error").GetString());
        if (description is not null) Assert.Equal(description, body.GetProperty("error_description").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    /// <summary>The user a token acts as, read back from the UserInfo endpoint.</summary>
    private async Task<string> UserOf(string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/services/oauth2/userinfo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("user_id").GetString()!;
    }

    private async Task AssertTokenQueries(string accessToken)
    {
        using var client = new EmulatorClient(_server, accessToken);
        var (response, body) = await client.Query("SELECT COUNT() FROM User");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, body.GetProperty("totalSize").GetInt32());
    }

    private static void AssertTokenShape(JsonElement body, EmulatorServer server, bool withRefresh)
    {
        Assert.StartsWith(server.OrgId[..15] + "!", body.GetProperty("access_token").GetString());
        Assert.Equal(withRefresh, body.TryGetProperty("refresh_token", out _));
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(server.BaseUrl.ToString().TrimEnd('/'), body.GetProperty("instance_url").GetString());
        Assert.Matches(@"^\d{13}$", body.GetProperty("issued_at").GetString());
        Assert.False(body.TryGetProperty("expires_in", out _));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // ---- Authorization code with PKCE ----

    private static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(48));
        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    /// <summary>GET /authorize and return the redirect's query parameters.</summary>
    private async Task<Dictionary<string, string>> Authorize(string? challenge, string state = "st-123", string redirectUri = RedirectUri)
    {
        var url = "/services/oauth2/authorize?response_type=code&client_id=" + Uri.EscapeDataString(_server.ClientId)
                  + "&redirect_uri=" + Uri.EscapeDataString(redirectUri) + "&state=" + Uri.EscapeDataString(state)
                  + (challenge is null ? "" : "&code_challenge=" + challenge + "&code_challenge_method=S256");
        using var response = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.True(location.IsAbsoluteUri);
        Assert.StartsWith(redirectUri + "?", location.ToString());
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
    }

    private Dictionary<string, string> CodeGrant(string code, string? verifier, string redirectUri = RedirectUri)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["client_id"] = _server.ClientId, ["redirect_uri"] = redirectUri,
        };
        if (verifier is not null) form["code_verifier"] = verifier;
        return form;
    }

    [Fact]
    public async Task Authorize_redirects_with_code_and_state_and_the_code_gives_tokens_once()
    {
        var (verifier, challenge) = Pkce();
        var back = await Authorize(challenge, state: "state with spaces&more");
        Assert.Equal("state with spaces&more", back["state"]);
        Assert.False(string.IsNullOrEmpty(back["code"]));
        Assert.False(back.ContainsKey("error"));

        var (status, body) = await Token(CodeGrant(back["code"], verifier));
        Assert.Equal(HttpStatusCode.OK, status);
        AssertTokenShape(body, _server, withRefresh: true);
        Assert.Equal(_server.AdminUserId, await UserOf(body.GetProperty("access_token").GetString()!));
        await AssertTokenQueries(body.GetProperty("access_token").GetString()!);

        // The refresh token of this flow works.
        var (refreshed, refreshBody) = await Token(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = _server.ClientId, ["refresh_token"] = body.GetProperty("refresh_token").GetString()!,
        });
        Assert.Equal(HttpStatusCode.OK, refreshed);
        AssertTokenShape(refreshBody, _server, withRefresh: false);

        // Single use.
        var (again, againBody) = await Token(CodeGrant(back["code"], verifier));
        AssertOAuthError(again, againBody, "invalid_grant");
    }

    [Fact]
    public async Task Authorize_signs_in_as_the_configured_user()
    {
        var user = _server.Org.Users.First(u => u.Id != _server.AdminUserId && u.IsActive && u.UserType == "Standard");
        _server.OAuth.AuthorizeAsUserId = user.Id;
        var (verifier, challenge) = Pkce();
        var back = await Authorize(challenge);

        var (status, body) = await Token(CodeGrant(back["code"], verifier));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(user.Id, await UserOf(body.GetProperty("access_token").GetString()!));
    }

    [Fact]
    public async Task The_code_is_bound_to_its_redirect_uri()
    {
        var (verifier, challenge) = Pkce();
        var back = await Authorize(challenge);

        var (status, body) = await Token(CodeGrant(back["code"], verifier, "http://localhost:1818/Other"));

        AssertOAuthError(status, body, "invalid_grant");
    }

    [Fact]
    public async Task A_code_issued_with_a_challenge_needs_the_verifier()
    {
        var (_, challenge) = Pkce();
        var back = await Authorize(challenge);

        var (status, body) = await Token(CodeGrant(back["code"], verifier: null));

        AssertOAuthError(status, body, "invalid_grant");
    }

    [Fact]
    public async Task A_wrong_verifier_is_an_invalid_request()
    {
        var (_, challenge) = Pkce();
        var (otherVerifier, _) = Pkce();
        var back = await Authorize(challenge);

        var (status, body) = await Token(CodeGrant(back["code"], otherVerifier));

        AssertOAuthError(status, body, "invalid_request");
    }

    [Fact]
    public async Task A_code_issued_without_a_challenge_needs_no_verifier()
    {
        var back = await Authorize(challenge: null);

        var (status, body) = await Token(CodeGrant(back["code"], verifier: null));

        Assert.Equal(HttpStatusCode.OK, status);
        AssertTokenShape(body, _server, withRefresh: true);
    }

    [Fact]
    public async Task An_unknown_code_is_an_invalid_grant()
    {
        var (verifier, _) = Pkce();
        var (status, body) = await Token(CodeGrant("aPrxNotACode", verifier));
        AssertOAuthError(status, body, "invalid_grant");
    }

    [Fact]
    public async Task A_denied_authorization_redirects_with_access_denied_and_the_state()
    {
        _server.OAuth.DenyNextAuthorization();
        var (_, challenge) = Pkce();

        var back = await Authorize(challenge, state: "keep-me");

        Assert.Equal("access_denied", back["error"]);
        Assert.False(string.IsNullOrEmpty(back["error_description"]));
        Assert.Equal("keep-me", back["state"]);
        Assert.False(back.ContainsKey("code"));

        // Only the next one is denied.
        var next = await Authorize(challenge, state: "second");
        Assert.True(next.ContainsKey("code"));
        Assert.Equal("second", next["state"]);
    }

    // ---- Device flow ----

    private async Task<JsonElement> StartDevice()
    {
        var (status, body) = await Token(new Dictionary<string, string> { ["response_type"] = "device_code", ["client_id"] = _server.ClientId, ["scope"] = "api refresh_token" });
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> PollDevice(string deviceCode) =>
        Token(new Dictionary<string, string> { ["grant_type"] = "device", ["client_id"] = _server.ClientId, ["code"] = deviceCode });

    [Fact]
    public async Task Device_flow_is_pending_for_the_configured_polls_then_gives_tokens_with_a_refresh_token()
    {
        _server.OAuth.DevicePendingPolls = 3;
        _server.OAuth.DeviceInterval = 7;

        var start = await StartDevice();
        var deviceCode = start.GetProperty("device_code").GetString()!;
        Assert.False(string.IsNullOrEmpty(start.GetProperty("user_code").GetString()));
        Assert.StartsWith(_server.BaseUrl.ToString().TrimEnd('/') + "/", start.GetProperty("verification_uri").GetString());
        Assert.Equal(7, start.GetProperty("interval").GetInt32());

        for (var i = 0; i < 3; i++)
        {
            var (pending, pendingBody) = await PollDevice(deviceCode);
            AssertOAuthError(pending, pendingBody, "authorization_pending");
        }

        var (status, body) = await PollDevice(deviceCode);
        Assert.Equal(HttpStatusCode.OK, status);
        AssertTokenShape(body, _server, withRefresh: true);
        await AssertTokenQueries(body.GetProperty("access_token").GetString()!);

        var (refreshed, _) = await Token(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = _server.ClientId, ["refresh_token"] = body.GetProperty("refresh_token").GetString()!,
        });
        Assert.Equal(HttpStatusCode.OK, refreshed);

        // The device code is spent.
        var (reused, reusedBody) = await PollDevice(deviceCode);
        AssertOAuthError(reused, reusedBody, "invalid_grant");
    }

    [Fact]
    public async Task Device_flow_answers_slow_down_when_asked_to()
    {
        _server.OAuth.DevicePendingPolls = 1;
        var deviceCode = (await StartDevice()).GetProperty("device_code").GetString()!;

        var (first, firstBody) = await PollDevice(deviceCode);
        AssertOAuthError(first, firstBody, "authorization_pending");

        _server.OAuth.SlowDownNextPoll();
        var (slow, slowBody) = await PollDevice(deviceCode);
        AssertOAuthError(slow, slowBody, "slow_down");

        var (status, body) = await PollDevice(deviceCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task Device_flow_refuses_an_unknown_client_and_an_unknown_device_code()
    {
        var (status, body) = await Token(new Dictionary<string, string> { ["response_type"] = "device_code", ["client_id"] = "3MVG9nope" });
        AssertOAuthError(status, body, "invalid_client_id");

        var (unknown, unknownBody) = await PollDevice("DEADBEEF");
        AssertOAuthError(unknown, unknownBody, "invalid_grant");
    }

    // ---- JWT bearer ----

    private static string Jwt(RSA key, IDictionary<string, object> claims)
    {
        var header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"RS256"}"""));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = key.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return header + "." + payload + "." + Base64Url(signature);
    }

    private Dictionary<string, object> Claims(string? username = null, string? audience = null, DateTimeOffset? expires = null) => new()
    {
        ["iss"] = _server.ClientId,
        ["sub"] = username ?? _server.AdminUsername,
        ["aud"] = audience ?? _server.BaseUrl.ToString().TrimEnd('/'),
        ["exp"] = (expires ?? DateTimeOffset.UtcNow.AddMinutes(3)).ToUnixTimeSeconds(),
    };

    private Task<(HttpStatusCode Status, JsonElement Body)> JwtGrant(string assertion) =>
        Token(new Dictionary<string, string> { ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer", ["assertion"] = assertion });

    private RSA AppKey() => _server.OAuth.JwtCertificate.GetRSAPrivateKey()!;

    [Fact]
    public async Task Jwt_bearer_signed_with_the_app_certificate_gives_a_token_without_refresh_token()
    {
        using var key = AppKey();
        var (status, body) = await JwtGrant(Jwt(key, Claims()));

        Assert.Equal(HttpStatusCode.OK, status);
        AssertTokenShape(body, _server, withRefresh: false);
        Assert.Equal(_server.AdminUserId, await UserOf(body.GetProperty("access_token").GetString()!));
        await AssertTokenQueries(body.GetProperty("access_token").GetString()!);
    }

    [Fact]
    public async Task Jwt_bearer_acts_as_the_subject()
    {
        var user = _server.Org.Users.First(u => u.Id != _server.AdminUserId && u.IsActive && u.UserType == "Standard");
        using var key = AppKey();

        var (status, body) = await JwtGrant(Jwt(key, Claims(username: user.Username)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(user.Id, await UserOf(body.GetProperty("access_token").GetString()!));
    }

    [Fact]
    public async Task Jwt_bearer_with_another_audience_fails_audience_validation()
    {
        using var key = AppKey();
        var (status, body) = await JwtGrant(Jwt(key, Claims(audience: "https://login.salesforce.com")));
        AssertOAuthError(status, body, "invalid_grant", "Audience validation failed");
    }

    [Fact]
    public async Task Jwt_bearer_that_has_expired_is_an_invalid_grant()
    {
        using var key = AppKey();
        var (status, body) = await JwtGrant(Jwt(key, Claims(expires: DateTimeOffset.UtcNow.AddMinutes(-5))));
        AssertOAuthError(status, body, "invalid_grant");
    }

    [Fact]
    public async Task Jwt_bearer_signed_with_another_key_is_an_invalid_grant()
    {
        using var other = RSA.Create(2048);
        var (status, body) = await JwtGrant(Jwt(other, Claims()));
        AssertOAuthError(status, body, "invalid_grant");
    }

    [Fact]
    public async Task Jwt_bearer_whose_claims_were_altered_after_signing_is_an_invalid_grant()
    {
        using var key = AppKey();
        var parts = Jwt(key, Claims()).Split('.');
        var user = _server.Org.Users.First(u => u.Id != _server.AdminUserId && u.IsActive);
        parts[1] = Base64Url(JsonSerializer.SerializeToUtf8Bytes(Claims(username: user.Username)));

        var (status, body) = await JwtGrant(string.Join('.', parts));

        AssertOAuthError(status, body, "invalid_grant");
    }

    // ---- Client credentials ----

    private Task<(HttpStatusCode Status, JsonElement Body)> ClientCredentials(string? secret = null) =>
        Token(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = _server.ClientId, ["client_secret"] = secret ?? _server.ClientSecret });

    [Fact]
    public async Task Client_credentials_give_a_token_acting_as_the_run_as_user()
    {
        var (status, body) = await ClientCredentials();
        Assert.Equal(HttpStatusCode.OK, status);
        AssertTokenShape(body, _server, withRefresh: false);
        Assert.Equal(_server.OAuth.ClientCredentialsUserId, await UserOf(body.GetProperty("access_token").GetString()!));

        var runAs = _server.Org.Users.First(u => u.Id != _server.AdminUserId && u.IsActive && u.UserType == "Standard");
        _server.OAuth.ClientCredentialsUserId = runAs.Id;
        var (again, againBody) = await ClientCredentials();
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(runAs.Id, await UserOf(againBody.GetProperty("access_token").GetString()!));
    }

    [Fact]
    public async Task Client_credentials_with_a_wrong_secret_are_an_invalid_client()
    {
        var (status, body) = await ClientCredentials(secret: "not-the-secret");
        AssertOAuthError(status, body, "invalid_client");
    }

    [Fact]
    public async Task Client_credentials_without_a_run_as_user_are_refused()
    {
        _server.OAuth.ClientCredentialsUserId = null;
        var (status, body) = await ClientCredentials();
        AssertOAuthError(status, body, "invalid_grant", "no client credentials user enabled");
    }

    // ---- Revoke and rotation ----

    private async Task<HttpResponseMessage> Revoke(string token) =>
        await _http.PostAsync("/services/oauth2/revoke", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }));

    private static Dictionary<string, string> RefreshGrant(EmulatorServer server, string refreshToken) => new()
    {
        ["grant_type"] = "refresh_token", ["client_id"] = server.ClientId, ["refresh_token"] = refreshToken,
    };

    [Fact]
    public async Task A_revoked_refresh_token_no_longer_refreshes()
    {
        var (before, _) = await Token(RefreshGrant(_server, _server.RefreshToken));
        Assert.Equal(HttpStatusCode.OK, before);

        using var revoked = await Revoke(_server.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("", await revoked.Content.ReadAsStringAsync());

        var (status, body) = await Token(RefreshGrant(_server, _server.RefreshToken));
        AssertOAuthError(status, body, "invalid_grant", "expired access/refresh token");

        using var unknown = await Revoke("5Aep861nope");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Revoking_a_delete_token_removes_that_oauth_token_row()
    {
        using var client = new EmulatorClient(_server);
        async Task<List<JsonElement>> Grants() =>
            (await client.AllPages("SELECT AppName, UserId, DeleteToken FROM OauthToken")).SelectMany(p => p.GetProperty("records").EnumerateArray()).ToList();

        var before = await Grants();
        var victim = before[before.Count / 2];
        var deleteToken = victim.GetProperty("DeleteToken").GetString()!;

        using var response = await Revoke(deleteToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var after = await Grants();
        Assert.Equal(before.Count - 1, after.Count);
        Assert.DoesNotContain(after, r => r.GetProperty("DeleteToken").GetString() == deleteToken);

        using var twice = await Revoke(deleteToken);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
    }

    [Fact]
    public async Task With_rotation_each_refresh_returns_a_new_refresh_token_and_retires_the_old_one()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 200, RotateRefreshTokens = true });
        using var http = NewHttp(server);

        var (status, body) = await Token(http, RefreshGrant(server, server.RefreshToken));
        Assert.Equal(HttpStatusCode.OK, status);
        AssertTokenShape(body, server, withRefresh: true);
        var second = body.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(server.RefreshToken, second);

        var (old, oldBody) = await Token(http, RefreshGrant(server, server.RefreshToken));
        AssertOAuthError(old, oldBody, "invalid_grant");

        var (next, nextBody) = await Token(http, RefreshGrant(server, second));
        Assert.Equal(HttpStatusCode.OK, next);
        var third = nextBody.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(second, third);

        var (secondAgain, secondAgainBody) = await Token(http, RefreshGrant(server, second));
        AssertOAuthError(secondAgain, secondAgainBody, "invalid_grant");
    }
}
