using System.Collections.Specialized;
using System.Net;
using System.Text;

namespace ToriiSalesforce.Engine.Auth;

/// <summary>
/// Waits on a loopback address for the browser's redirect back from the authorize page, answers it
/// with a page that says the window can be closed, and hands over the query parameters.
/// Only loopback is ever bound: nothing on the network can reach it.
/// </summary>
internal sealed class LoopbackRedirectListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _path;

    public LoopbackRedirectListener(Uri redirectUri)
    {
        if (!redirectUri.IsLoopback || redirectUri.Scheme != Uri.UriSchemeHttp)
            throw new ArgumentException($"-RedirectUri '{redirectUri}' must be an http loopback address such as http://localhost:1717/OauthRedirect, registered as a callback URL of the connected app.");
        _path = redirectUri.AbsolutePath.TrimEnd('/');
        _listener.Prefixes.Add($"http://{redirectUri.Host}:{redirectUri.Port}/");
        try
        {
            _listener.Start();
        }
        catch (HttpListenerException ex)
        {
            throw new InvalidOperationException($"Cannot listen on {redirectUri.Host}:{redirectUri.Port} for the sign-in redirect ({ex.Message}). Close whatever uses that port, or register another callback URL and pass it as -RedirectUri.", ex);
        }
    }

    /// <summary>The query parameters of the first request to the redirect path.</summary>
    public async Task<NameValueCollection> WaitAsync(CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(() => _listener.Stop());
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            var path = context.Request.Url?.AbsolutePath.TrimEnd('/') ?? "";
            if (!string.Equals(path, _path, StringComparison.Ordinal))
            {
                // Browsers also ask for /favicon.ico and the like: not ours.
                Respond(context, 404, "Not found.");
                continue;
            }

            var query = context.Request.QueryString;
            var failed = !string.IsNullOrEmpty(query["error"]);
            Respond(context, 200, failed
                ? "Sign-in was not completed. You can close this window and return to PowerShell."
                : "Signed in to Salesforce. You can close this window and return to PowerShell.");
            return query;
        }
    }

    private static void Respond(HttpListenerContext context, int status, string message)
    {
        var body = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>ToriiSalesforce</title></head><body><p>{WebUtility.HtmlEncode(message)}</p></body></html>");
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength64 = body.Length;
        context.Response.OutputStream.Write(body, 0, body.Length);
        context.Response.Close();
    }

    public void Dispose() => ((IDisposable)_listener).Dispose();
}
