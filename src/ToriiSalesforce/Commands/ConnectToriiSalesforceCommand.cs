using System;
using System.Management.Automation;
using System.Security;
using System.Security.Cryptography.X509Certificates;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;
using ToriiSalesforce.Completers;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Connect-ToriiSalesforce: signs in to an org and makes the connection current. One parameter set
/// per sign-in flow, each with a mandatory parameter no other set has (or, for the default
/// interactive set, nothing more than -ClientId), so PowerShell picks the flow from what the admin
/// typed. No username-password flow: Salesforce is retiring it.
/// </summary>
/// <remarks>
/// Interactive sign-in with a consumer secret needs -Interactive: -ClientId with -ClientSecret alone
/// is the client credentials flow, and the two would otherwise be indistinguishable.
/// </remarks>
[Cmdlet(VerbsCommunications.Connect, "ToriiSalesforce", DefaultParameterSetName = InteractiveSet)]
[OutputType(typeof(Connection))]
public sealed class ConnectToriiSalesforceCommand : ToriiSfCmdlet
{
    private const string InteractiveSet = "Interactive";
    private const string InteractiveWithSecretSet = "InteractiveWithSecret";
    private const string DeviceCodeSet = "DeviceCode";
    private const string RefreshTokenSet = "RefreshToken";
    private const string JwtCertificatePathSet = "JwtCertificatePath";
    private const string JwtCertificateSet = "JwtCertificate";
    private const string ClientCredentialsSet = "ClientCredentials";
    private const string AccessTokenSet = "AccessToken";
    private const string SavedSet = "SavedConnection";

    /// <summary>The org's instance or My Domain URL, for a session id obtained elsewhere.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
    [ValidateNotNullOrEmpty]
    public string InstanceUrl { get; set; } = "";

    /// <summary>A session id (access token) obtained elsewhere. It cannot be renewed when it expires.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
    [ValidateNotNull]
    public SecureString AccessToken { get; set; } = null!;

    /// <summary>The connected app's consumer key.</summary>
    [Parameter(Mandatory = true, ParameterSetName = InteractiveSet)]
    [Parameter(Mandatory = true, ParameterSetName = InteractiveWithSecretSet)]
    [Parameter(Mandatory = true, ParameterSetName = DeviceCodeSet)]
    [Parameter(Mandatory = true, ParameterSetName = RefreshTokenSet)]
    [Parameter(Mandatory = true, ParameterSetName = JwtCertificatePathSet)]
    [Parameter(Mandatory = true, ParameterSetName = JwtCertificateSet)]
    [Parameter(Mandatory = true, ParameterSetName = ClientCredentialsSet)]
    [ValidateNotNullOrEmpty]
    public string ClientId { get; set; } = "";

    /// <summary>Interactive sign-in (the default); needed only together with -ClientSecret.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(Mandatory = true, ParameterSetName = InteractiveWithSecretSet)]
    public SwitchParameter Interactive { get; set; }

    /// <summary>
    /// The connected app's consumer secret: the client credentials flow's credential, and for the
    /// interactive and refresh-token flows when the app requires it.
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = InteractiveWithSecretSet)]
    [Parameter(Mandatory = true, ParameterSetName = ClientCredentialsSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [ValidateNotNull]
    public SecureString? ClientSecret { get; set; }

    /// <summary>Interactive: the loopback callback URL registered on the connected app.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = InteractiveWithSecretSet)]
    [ValidateNotNullOrEmpty]
    public string? RedirectUri { get; set; }

    /// <summary>Headless sign-in: show a URL and a code to enter on any device.</summary>
    [Parameter(Mandatory = true, ParameterSetName = DeviceCodeSet)]
    public SwitchParameter DeviceCode { get; set; }

    /// <summary>Interactive and device sign-in: how long to wait for the person, in seconds.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = InteractiveWithSecretSet)]
    [Parameter(ParameterSetName = DeviceCodeSet)]
    [ValidateRange(1, 86400)]
    public int TimeoutSec { get; set; } = 300;

    /// <summary>A refresh token the connected app issued for the user to act as.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RefreshTokenSet)]
    [ValidateNotNull]
    public SecureString RefreshToken { get; set; } = null!;

    /// <summary>JWT bearer: the Salesforce username to act as.</summary>
    [Parameter(Mandatory = true, ParameterSetName = JwtCertificatePathSet)]
    [Parameter(Mandatory = true, ParameterSetName = JwtCertificateSet)]
    [ValidateNotNullOrEmpty]
    public string Username { get; set; } = "";

    /// <summary>JWT bearer: a .pfx/.p12 file with the private key of the certificate uploaded to the connected app.</summary>
    [Parameter(Mandatory = true, ParameterSetName = JwtCertificatePathSet)]
    [ValidateNotNullOrEmpty]
    public string CertificatePath { get; set; } = "";

    /// <summary>JWT bearer: the password of -CertificatePath.</summary>
    [Parameter(ParameterSetName = JwtCertificatePathSet)]
    public SecureString? CertificatePassword { get; set; }

    /// <summary>JWT bearer: a certificate object with its private key (for example from Cert:\CurrentUser\My).</summary>
    [Parameter(Mandatory = true, ParameterSetName = JwtCertificateSet)]
    [ValidateNotNull]
    public X509Certificate2 Certificate { get; set; } = null!;

    // The login host: at most one of -LoginUrl, -Sandbox and -Domain (the engine says so when two are
    // given). Plain optional parameters shared by every flow that signs in through a login host.

    /// <summary>The OAuth host, such as https://acme.my.salesforce.com. Default https://login.salesforce.com.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = InteractiveWithSecretSet)]
    [Parameter(ParameterSetName = DeviceCodeSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [Parameter(ParameterSetName = JwtCertificatePathSet)]
    [Parameter(ParameterSetName = JwtCertificateSet)]
    [Parameter(ParameterSetName = ClientCredentialsSet)]
    [ValidateNotNullOrEmpty]
    public string? LoginUrl { get; set; }

    /// <summary>Sign in through https://test.salesforce.com.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = InteractiveWithSecretSet)]
    [Parameter(ParameterSetName = DeviceCodeSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [Parameter(ParameterSetName = JwtCertificatePathSet)]
    [Parameter(ParameterSetName = JwtCertificateSet)]
    [Parameter(ParameterSetName = ClientCredentialsSet)]
    public SwitchParameter Sandbox { get; set; }

    /// <summary>A My Domain name (acme) or host (acme--uat.sandbox.my.salesforce.com).</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = InteractiveWithSecretSet)]
    [Parameter(ParameterSetName = DeviceCodeSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [Parameter(ParameterSetName = JwtCertificatePathSet)]
    [Parameter(ParameterSetName = JwtCertificateSet)]
    [Parameter(ParameterSetName = ClientCredentialsSet)]
    [ValidateNotNullOrEmpty]
    public string? Domain { get; set; }

    /// <summary>
    /// Saves what is needed to reconnect with nobody present under this name (never only an access
    /// token). Not offered with -Certificate: a later run could not find that object again.
    /// </summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = InteractiveWithSecretSet)]
    [Parameter(ParameterSetName = DeviceCodeSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [Parameter(ParameterSetName = JwtCertificatePathSet)]
    [Parameter(ParameterSetName = ClientCredentialsSet)]
    [ValidateNotNullOrEmpty]
    public string? SaveAs { get; set; }

    /// <summary>Reconnects with a connection saved by -SaveAs.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = SavedSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(SavedConnectionNameCompleter))]
    public string Name { get; set; } = "";

    /// <summary>ReadOnly (default) or TakeAction. A saved connection keeps the mode it was saved with.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = InteractiveWithSecretSet)]
    [Parameter(ParameterSetName = DeviceCodeSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [Parameter(ParameterSetName = JwtCertificatePathSet)]
    [Parameter(ParameterSetName = JwtCertificateSet)]
    [Parameter(ParameterSetName = ClientCredentialsSet)]
    [Parameter(ParameterSetName = AccessTokenSet)]
    public ConnectionMode Mode { get; set; } = ConnectionMode.ReadOnly;

    /// <summary>A REST API version such as 66.0; by default the newest both the org and the module know.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = InteractiveWithSecretSet)]
    [Parameter(ParameterSetName = DeviceCodeSet)]
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [Parameter(ParameterSetName = JwtCertificatePathSet)]
    [Parameter(ParameterSetName = JwtCertificateSet)]
    [Parameter(ParameterSetName = ClientCredentialsSet)]
    [Parameter(ParameterSetName = AccessTokenSet)]
    [ValidatePattern(@"^[vV]?\d+\.\d+$")]
    public string? ApiVersion { get; set; }

    /// <summary>Writes the new connection to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var request = BuildRequest();
        if (request.Flow == SignInFlow.Saved && !SavedConnectionExists(request.SavedName!)) return;

        Connection? connection = null;
        // Await writes the sign-in URL or the device code while the sign-in waits for the person.
        Run(() => connection = Await(SessionBridge.ConnectAsync(request, Inform, CancellationToken)));

        ConnectionRegistry.SetCurrent(connection!);
        WriteVerbose($"Connected: {connection}, org {connection!.OrgId}, API v{connection.ApiVersion}, {connection.AuthFlow} flow. It is now the current connection.");
        if (request.SaveAs is not null)
            WriteVerbose($"Saved as '{request.SaveAs}' in {SavedConnectionBridge.Directory}. Reconnect with: Connect-ToriiSalesforce -Name {request.SaveAs}");
        if (PassThru) WriteObject(connection);
    }

    private ConnectRequest BuildRequest()
    {
        var request = new ConnectRequest { Mode = Mode, ApiVersion = ApiVersion };
        switch (ParameterSetName)
        {
            case AccessTokenSet:
                request.Flow = SignInFlow.AccessToken;
                request.InstanceUrl = InstanceUrl;
                request.AccessToken = AccessToken;
                ErrorTarget = InstanceUrl;
                return request;
            case SavedSet:
                request.Flow = SignInFlow.Saved;
                request.SavedName = Name;
                ErrorTarget = Name;
                return request;
        }

        request.ClientId = ClientId;
        request.ClientSecret = ClientSecret;
        request.LoginUrl = LoginUrl;
        request.Sandbox = Sandbox.IsPresent;
        request.Domain = Domain;
        request.SaveAs = SaveAs;
        ErrorTarget = LoginUrl ?? Domain;
        switch (ParameterSetName)
        {
            case InteractiveSet:
            case InteractiveWithSecretSet:
                request.Flow = SignInFlow.Interactive;
                request.RedirectUri = RedirectUri;
                request.SignInTimeout = TimeSpan.FromSeconds(TimeoutSec);
                break;
            case DeviceCodeSet:
                request.Flow = SignInFlow.DeviceCode;
                request.SignInTimeout = TimeSpan.FromSeconds(TimeoutSec);
                break;
            case RefreshTokenSet:
                request.Flow = SignInFlow.RefreshToken;
                request.RefreshToken = RefreshToken;
                break;
            case JwtCertificatePathSet:
                request.Flow = SignInFlow.JwtBearer;
                request.Username = Username;
                // Relative to the PowerShell location, not the process's working folder; saved as a full path.
                request.CertificatePath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(CertificatePath);
                request.CertificatePassword = CertificatePassword;
                break;
            case JwtCertificateSet:
                request.Flow = SignInFlow.JwtBearer;
                request.Username = Username;
                request.Certificate = Certificate;
                break;
            case ClientCredentialsSet:
                request.Flow = SignInFlow.ClientCredentials;
                break;
        }
        return request;
    }

    private bool SavedConnectionExists(string name)
    {
        bool exists = false;
        Run(() => exists = SavedConnectionBridge.Exists(name));
        if (exists) return true;
        ThrowTerminatingError(new ErrorRecord(
            new ItemNotFoundException($"There is no saved connection named '{name}' in {SavedConnectionBridge.Directory}. Get-ToriiSfSavedConnection lists them; Connect-ToriiSalesforce ... -SaveAs {name} creates one."),
            "SavedConnectionNotFound", ErrorCategory.ObjectNotFound, name));
        return false;
    }
}
