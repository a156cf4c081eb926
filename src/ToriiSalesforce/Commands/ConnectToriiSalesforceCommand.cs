using System.Management.Automation;
using System.Security;
using ToriiSalesforce.Base;
using ToriiSalesforce.Bridge;

namespace ToriiSalesforce.Commands;

/// <summary>
/// Connect-ToriiSalesforce: signs in to an org and makes the connection current. One parameter set
/// per sign-in flow, each with a mandatory parameter no other set has, so PowerShell picks the flow
/// from what the admin typed. (No username-password flow: Salesforce is retiring it.)
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "ToriiSalesforce", DefaultParameterSetName = RefreshTokenSet)]
[OutputType(typeof(Connection))]
public sealed class ConnectToriiSalesforceCommand : ToriiSfCmdlet
{
    private const string AccessTokenSet = "AccessToken";
    private const string RefreshTokenSet = "RefreshToken";

    /// <summary>The org's instance or My Domain URL, for a session id obtained elsewhere.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
    [ValidateNotNullOrEmpty]
    public string InstanceUrl { get; set; } = "";

    /// <summary>A session id (access token) obtained elsewhere. It cannot be renewed when it expires.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
    [ValidateNotNull]
    public SecureString AccessToken { get; set; } = null!;

    /// <summary>The connected app's consumer key.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RefreshTokenSet)]
    [ValidateNotNullOrEmpty]
    public string ClientId { get; set; } = "";

    /// <summary>The connected app's consumer secret, when the app requires it for the refresh-token flow.</summary>
    [Parameter(ParameterSetName = RefreshTokenSet)]
    public SecureString? ClientSecret { get; set; }

    /// <summary>A refresh token the connected app issued for the user to act as.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RefreshTokenSet)]
    [ValidateNotNull]
    public SecureString RefreshToken { get; set; } = null!;

    // The login host: at most one of -LoginUrl, -Sandbox and -Domain (the engine says so when two are
    // given). They are plain optional parameters, not a set each, so that every future flow that signs
    // in through a login host (interactive, device, JWT) can share them without multiplying the sets.

    /// <summary>The OAuth host, such as https://acme.my.salesforce.com. Default https://login.salesforce.com.</summary>
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [ValidateNotNullOrEmpty]
    public string? LoginUrl { get; set; }

    /// <summary>Sign in through https://test.salesforce.com.</summary>
    [Parameter(ParameterSetName = RefreshTokenSet)]
    public SwitchParameter Sandbox { get; set; }

    /// <summary>A My Domain name (acme) or host (acme--uat.sandbox.my.salesforce.com).</summary>
    [Parameter(ParameterSetName = RefreshTokenSet)]
    [ValidateNotNullOrEmpty]
    public string? Domain { get; set; }

    /// <summary>ReadOnly (default) or TakeAction.</summary>
    [Parameter]
    public ConnectionMode Mode { get; set; } = ConnectionMode.ReadOnly;

    /// <summary>A REST API version such as 66.0; by default the newest both the org and the module know.</summary>
    [Parameter]
    [ValidatePattern(@"^[vV]?\d+\.\d+$")]
    public string? ApiVersion { get; set; }

    /// <summary>Writes the new connection to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var request = new ConnectRequest { Mode = Mode, ApiVersion = ApiVersion };
        if (ParameterSetName == AccessTokenSet)
        {
            request.Flow = SignInFlow.AccessToken;
            request.InstanceUrl = InstanceUrl;
            request.AccessToken = AccessToken;
            ErrorTarget = InstanceUrl;
        }
        else
        {
            request.Flow = SignInFlow.RefreshToken;
            request.ClientId = ClientId;
            request.ClientSecret = ClientSecret;
            request.RefreshToken = RefreshToken;
            request.LoginUrl = LoginUrl;
            request.Sandbox = Sandbox.IsPresent;
            request.Domain = Domain;
            ErrorTarget = LoginUrl ?? Domain;
        }

        Connection? connection = null;
        Run(() => connection = SessionBridge.Connect(request, CancellationToken));

        ConnectionRegistry.SetCurrent(connection!);
        WriteVerbose($"Connected: {connection}, org {connection!.OrgId}, API v{connection.ApiVersion}. It is now the current connection.");
        if (PassThru) WriteObject(connection);
    }
}
