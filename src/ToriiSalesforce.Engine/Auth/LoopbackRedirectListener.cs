using System.Collections.Specialized;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ToriiSalesforce.Engine.Auth;

/// <summary>
/// Waits on the loopback interface (127.0.0.1, or ::1 for an [::1] callback) for the browser's
/// redirect back from the authorize page, answers it with a page that says the window can be closed,
/// and hands over the query parameters. Nothing on the network can reach it.
/// </summary>
/// <remarks>
/// A bare socket rather than HttpListener: on Windows HttpListener goes through http.sys, which lets a
/// non-administrator register http://localhost/ but not http://127.0.0.1/, and on Unix it resolves
/// "localhost" itself and may bind ::1 alone while the browser tries 127.0.0.1. One GET request is all
/// the redirect needs, so reading a request line is enough.
/// </remarks>
internal sealed class LoopbackRedirectListener : IDisposable
{
    private const int MaxRequestBytes = 16 * 1024;
    private static readonly TimeSpan RequestReadTimeout = TimeSpan.FromSeconds(10);

    private readonly TcpListener _listener;
    private readonly string _path;

    public LoopbackRedirectListener(Uri redirectUri)
    {
        if (!redirectUri.IsLoopback || redirectUri.Scheme != Uri.UriSchemeHttp)
            throw new ArgumentException($"-RedirectUri '{redirectUri}' must be an http loopback address such as http://localhost:1717/OauthRedirect, registered as a callback URL of the connected app.");
        _path = redirectUri.AbsolutePath.TrimEnd('/');
        var address = redirectUri.HostNameType == UriHostNameType.IPv6 ? IPAddress.IPv6Loopback : IPAddress.Loopback;
        _listener = new TcpListener(address, redirectUri.Port);
        try
        {
            _listener.Start();
        }
        catch (SocketException ex)
        {
            throw new InvalidOperationException($"Cannot listen on {address}:{redirectUri.Port} for the sign-in redirect ({ex.Message}). Close whatever uses that port, or register another callback URL and pass it as -RedirectUri.", ex);
        }
    }

    /// <summary>The query parameters of the first request to the redirect path.</summary>
    public async Task<NameValueCollection> WaitAsync(CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(() => _listener.Stop());
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            using (client)
            {
                var target = await ReadRequestTargetAsync(client, cancellationToken).ConfigureAwait(false);
                if (target is null) continue;

                var queryAt = target.IndexOf('?');
                var path = (queryAt < 0 ? target : target.Substring(0, queryAt)).TrimEnd('/');
                if (!string.Equals(path, _path, StringComparison.Ordinal))
                {
                    // Browsers also ask for /favicon.ico and the like: not ours.
                    await RespondAsync(client, "404 Not Found", "Not found.").ConfigureAwait(false);
                    continue;
                }

                var query = ParseQuery(queryAt < 0 ? "" : target.Substring(queryAt + 1));
                var failed = !string.IsNullOrEmpty(query["error"]);
                await RespondAsync(client, "200 OK", failed
                    ? "Sign-in was not completed. You can close this window and return to PowerShell."
                    : "Signed in to Salesforce. You can close this window and return to PowerShell.").ConfigureAwait(false);
                return query;
            }
        }
    }

    /// <summary>The request target of a GET ("/OauthRedirect?code=..."), or null for anything else or a client that says nothing in time.</summary>
    private static async Task<string?> ReadRequestTargetAsync(TcpClient client, CancellationToken cancellationToken)
    {
        var stream = client.GetStream();
        var buffer = new byte[MaxRequestBytes];
        var length = 0;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestReadTimeout);
        // A socket read does not watch a token on every framework: closing the client ends it.
        using var closeOnTimeout = timeout.Token.Register(client.Close);
        try
        {
            // The whole header block, so the browser is not answered before it finished sending.
            while (length < buffer.Length && IndexOfHeaderEnd(buffer, length) < 0)
            {
                var read = await stream.ReadAsync(buffer, length, buffer.Length - length, timeout.Token).ConfigureAwait(false);
                if (read == 0) break;
                length += read;
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException or SocketException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return null;
        }

        var text = Encoding.ASCII.GetString(buffer, 0, length);
        var lineEnd = text.IndexOf("\r\n", StringComparison.Ordinal);
        var parts = (lineEnd < 0 ? text : text.Substring(0, lineEnd)).Split(' ');
        return parts.Length == 3 && parts[0] == "GET" && parts[1].StartsWith("/", StringComparison.Ordinal) ? parts[1] : null;
    }

    private static int IndexOfHeaderEnd(byte[] buffer, int length)
    {
        for (var i = 3; i < length; i++)
        {
            if (buffer[i - 3] == '\r' && buffer[i - 2] == '\n' && buffer[i - 1] == '\r' && buffer[i] == '\n') return i;
        }
        return -1;
    }

    private static NameValueCollection ParseQuery(string query)
    {
        var result = new NameValueCollection(StringComparer.Ordinal);
        foreach (var pair in query.Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Decode(equals < 0 ? pair : pair.Substring(0, equals));
            var value = equals < 0 ? "" : Decode(pair.Substring(equals + 1));
            result.Add(name, value);
        }
        return result;
    }

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));

    private static async Task RespondAsync(TcpClient client, string status, string message)
    {
        var body = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>ToriiSalesforce</title></head><body><p>{WebUtility.HtmlEncode(message)}</p></body></html>");
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n");
        try
        {
            var stream = client.GetStream();
            await stream.WriteAsync(head, 0, head.Length).ConfigureAwait(false);
            await stream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
            await stream.FlushAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException)
        {
            // The browser went away before reading the page; the sign-in itself is unaffected.
        }
    }

    public void Dispose() => _listener.Stop();
}
