using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SalesforceEmulator.OAuth;

/// <summary>Issued access and refresh tokens and the user each acts as.</summary>
public sealed class SessionStore
{
    private readonly ConcurrentDictionary<string, string> _access = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _refresh = new(StringComparer.Ordinal);
    // Access token -> the refresh token it was issued from: revoking a refresh token revokes them too (salesforce-api.md 1.11).
    private readonly ConcurrentDictionary<string, string> _issuedFrom = new(StringComparer.Ordinal);
    private readonly string _orgId;

    public SessionStore(string orgId) => _orgId = orgId;

    /// <summary>A session id in the real form 00D&lt;org15&gt;!&lt;base62 and dots&gt;.</summary>
    public string IssueAccess(string userId, string? fromRefreshToken = null)
    {
        var token = _orgId[..15] + "!" + Random(48).Replace('-', '.').Replace('_', '.');
        _access[token] = userId;
        if (fromRefreshToken is not null) _issuedFrom[token] = fromRefreshToken;
        return token;
    }

    public string IssueRefresh(string userId)
    {
        var token = "5Aep861" + Random(60).Replace('-', 'A').Replace('_', 'z');
        _refresh[token] = userId;
        return token;
    }

    public string? UserOfAccess(string token) => _access.TryGetValue(token, out var u) ? u : null;
    public string? UserOfRefresh(string token) => _refresh.TryGetValue(token, out var u) ? u : null;

    public void RevokeRefresh(string token) => _refresh.TryRemove(token, out _);

    public bool Revoke(string token)
    {
        var revoked = _access.TryRemove(token, out _) | _refresh.TryRemove(token, out _);
        foreach (var issued in _issuedFrom.Where(kv => kv.Value == token).Select(kv => kv.Key).ToList())
        {
            _access.TryRemove(issued, out _);
            _issuedFrom.TryRemove(issued, out _);
        }
        return revoked;
    }

    /// <summary>Every access token issued so far stops working; refresh tokens stay valid.</summary>
    public void ExpireAllAccess() => _access.Clear();

    private static string Random(int chars)
    {
        var bytes = RandomNumberGenerator.GetBytes(chars);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_').TrimEnd('=')[..chars];
    }
}
