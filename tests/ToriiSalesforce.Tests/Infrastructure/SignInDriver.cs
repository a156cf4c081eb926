using System.Net;
using System.Net.Sockets;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Tests.Infrastructure;

/// <summary>
/// Plays the person at the browser for the interactive flow: while in scope, Connect-ToriiSalesforce
/// hands the sign-in URL to this driver instead of opening a browser, and the driver does what a
/// browser does: GET the authorize page (without following redirects), then GET the Location it
/// redirects to, which is the module's loopback listener.
/// </summary>
public sealed class SignInDriver : IDisposable
{
    private readonly Func<Uri, Uri>? _tamper;
    private readonly bool _follow;
    private readonly TaskCompletionSource<string> _landing = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SignInDriver(bool follow, Func<Uri, Uri>? tamper)
    {
        _follow = follow;
        _tamper = tamper;
        SignInPresenter.BrowserOverride = Present;
    }

    /// <summary>Follows the authorize redirect back to the listener; <paramref name="tamper"/> may rewrite the redirect first.</summary>
    public static SignInDriver FollowRedirect(Func<Uri, Uri>? tamper = null) => new(true, tamper);

    /// <summary>A person who never finishes signing in.</summary>
    public static SignInDriver NeverSignIn() => new(false, null);

    /// <summary>The sign-in URLs the module presented.</summary>
    public List<Uri> Presented { get; } = new();

    /// <summary>The page the listener answered the browser with (once the redirect was followed).</summary>
    public Task<string> Landing => _landing.Task;

    /// <summary>An http loopback redirect URI on a port that was free a moment ago.</summary>
    public static string FreeRedirectUri()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return $"http://127.0.0.1:{port}/OauthRedirect";
    }

    private void Present(Uri url)
    {
        lock (Presented) Presented.Add(url);
        if (!_follow) return;
        // Asynchronously, as a browser is: the listener starts reading only after this returns.
        _ = Task.Run(async () =>
        {
            try
            {
                using var handler = new HttpClientHandler { AllowAutoRedirect = false };
                using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
                using var authorize = await http.GetAsync(url);
                var location = authorize.Headers.Location ?? throw new InvalidOperationException($"The authorize page answered {(int)authorize.StatusCode} without a redirect.");
                if (_tamper is not null) location = _tamper(location);
                using var back = await http.GetAsync(location);
                _landing.TrySetResult(await back.Content.ReadAsStringAsync());
            }
            catch (Exception ex)
            {
                _landing.TrySetException(ex);
            }
        });
    }

    public void Dispose() => SignInPresenter.BrowserOverride = null;
}
