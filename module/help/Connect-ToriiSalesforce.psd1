@{
    Synopsis    = 'Signs in to a Salesforce org and makes that connection the current one.'
    Description = @(
        'Connect-ToriiSalesforce signs in with OAuth, checks the token against the UserInfo endpoint, picks the REST API version and makes the connection current: every other ToriiSalesforce command uses it unless you pass -Connection. It writes nothing to the pipeline unless you add -PassThru; a one-line summary goes to the Verbose stream.'
        'PowerShell picks the sign-in flow from the parameters you give. Interactive (the default: -ClientId alone): the web server flow with PKCE (S256). The module listens on 127.0.0.1 for the browser''s redirect, opens the system browser where the computer has one and always prints the sign-in address, checks the state parameter of the redirect, and stops with a clear error when the sign-in is denied or nobody finishes it within -TimeoutSec. The redirect address (-RedirectUri, default http://localhost:1717/OauthRedirect) must be one of the connected app''s callback URLs. Add -Interactive -ClientSecret when the app requires its consumer secret for this flow.'
        'Headless (-DeviceCode): the device flow for a machine without a browser (SSH, containers). It prints a verification address and a user code to enter on any device, polls Salesforce at the interval Salesforce asks for, waits longer when told to slow down, and stops when the code expires or -TimeoutSec passes.'
        'Scheduled, certificate-based (-ClientId -Username with -CertificatePath [-CertificatePassword] or -Certificate): the JWT bearer flow. The JWT is signed with the certificate''s private key, its times are computed in UTC, and its audience is the login host: https://login.salesforce.com, https://test.salesforce.com with -Sandbox, or the My Domain host named by -Domain or -LoginUrl. The connected app must be pre-authorised for the user. No refresh token exists in this flow: when the session expires the module signs a new JWT once and goes on; it never signs in per call.'
        'Scheduled, client credentials (-ClientId -ClientSecret): the app''s run-as user, through the org''s My Domain host only (-Domain or -LoginUrl); Salesforce refuses this flow on login.salesforce.com and test.salesforce.com. Like JWT, an expired session is re-minted once, never per call.'
        'Refresh token (-ClientId -RefreshToken) and access token (-InstanceUrl -AccessToken), for tokens you already have. A session from a refresh token is renewed automatically; when Salesforce rotates the refresh token, the new one replaces the old one in memory and in the saved connection, and concurrent renewals share one request. An access token cannot be renewed.'
        'The username-password flow (OAuth password grant) is not offered: Salesforce is retiring it, blocks it by default in new orgs, and a password kept in a script is the secret most often leaked. Use the JWT bearer or client credentials flow for scheduled jobs.'
        'Hosts: by default https://login.salesforce.com. -Sandbox uses https://test.salesforce.com. -Domain takes a My Domain name (acme gives https://acme.my.salesforce.com) or a full host such as acme--uat.sandbox.my.salesforce.com. -LoginUrl takes any https URL (http only for a loopback address such as a local emulator). Give at most one of the three.'
        'Saved connections: -SaveAs <Name> stores what is needed to reconnect with nobody present (a refresh token, the JWT settings with the certificate path and password, or the client credentials; never only an access token) and Connect-ToriiSalesforce -Name <Name> reconnects with it. On Windows the secrets are encrypted with DPAPI for the current user. On Linux and macOS they are kept in a file that only its owner can read (mode 0600, folder 0700) under the user''s config folder: anyone who can act as that user, or as root, can read them. Get-ToriiSfSavedConnection lists them and shows what protects each; Remove-ToriiSfSavedConnection deletes them.'
        'Tokens and secrets are accepted only as SecureString. They are never written to the output, the Verbose or Debug streams, error messages or the ToString of any object.'
        'Only internal users (user type Standard) can connect. Customer Portal, community, partner, Chatter-only and guest users are refused with the error UNSUPPORTED_USER_TYPE because they cannot read the org''s users, licences and logs. Run Test-ToriiSfPermission after connecting to see whether the user has every permission the module needs.'
        'Every connection has a mode. ReadOnly (the default) only reads. TakeAction is what commands that change Salesforce will require. A saved connection keeps the mode it was saved with.'
    )
    Parameters  = @{
        AccessToken = 'A session id (access token) obtained elsewhere, as a SecureString. It cannot be renewed: when it expires, commands fail with INVALID_SESSION_ID and you connect again. It cannot be saved with -SaveAs.'
        ApiVersion = 'The REST API version to use, such as 66.0. By default the newest version that both the org and this module know is used. An error names the versions the org offers when it does not offer this one.'
        Certificate = 'JWT bearer flow: a certificate object with its private key, for example from Get-Item Cert:\CurrentUser\My\<thumbprint>. Its certificate must be the one uploaded to the connected app. Cannot be combined with -SaveAs, since a later run could not find the object again; use -CertificatePath to save.'
        CertificatePassword = 'JWT bearer flow: the password of the -CertificatePath file, as a SecureString. Saved (protected as described above) with -SaveAs.'
        CertificatePath = 'JWT bearer flow: a .pfx or .p12 file holding the private key of the certificate uploaded to the connected app. A relative path is resolved against the current PowerShell location; -SaveAs saves the full path and reads the file again at each reconnect.'
        ClientId = 'The consumer key of the connected app (Setup > App Manager > the app > View > Manage Consumer Details). Needed by every flow except -AccessToken and -Name.'
        ClientSecret = 'The connected app''s consumer secret, as a SecureString. The credential of the client credentials flow; with -RefreshToken or -Interactive, needed only when the app requires the secret for that flow.'
        DeviceCode = 'Signs in with the device flow: prints an address and a code to enter in a browser on any device. For machines without a browser.'
        Domain = 'The org''s My Domain: the name (acme, for https://acme.my.salesforce.com) or the full host (acme--uat.sandbox.my.salesforce.com, which enhanced-domain sandboxes need). Give at most one of -LoginUrl, -Sandbox and -Domain.'
        InstanceUrl = 'The org''s instance or My Domain URL, such as https://acme.my.salesforce.com, for -AccessToken. It must be https (http is accepted only for a loopback address, such as a local emulator).'
        Interactive = 'Selects the interactive sign-in when -ClientSecret is also given (without -Interactive, -ClientId with -ClientSecret is the client credentials flow). Interactive is the default otherwise.'
        LoginUrl = 'The OAuth host to sign in through, such as https://acme.my.salesforce.com. Default: https://login.salesforce.com. Give at most one of -LoginUrl, -Sandbox and -Domain.'
        Mode = @{ Description = 'ReadOnly (default): the connection only reads. TakeAction: commands that change Salesforce may use it. Saved with -SaveAs.'; Default = 'ReadOnly' }
        Name = 'Reconnects with the saved connection of this name (made with -SaveAs), with nobody present. Tab completion offers the saved names.'
        PassThru = 'Writes the new connection (a ToriiSalesforce.Connection) to the pipeline. Keep it in a variable to work with several orgs through -Connection.'
        RedirectUri = @{ Description = 'Interactive sign-in: the loopback callback URL registered on the connected app, such as http://localhost:1717/OauthRedirect. The module listens on 127.0.0.1 (or ::1 for an [::1] address) on its port.'; Default = 'http://localhost:1717/OauthRedirect' }
        RefreshToken = 'A refresh token the connected app issued for the user to act as, as a SecureString. Keep it in a secret store (for example Microsoft.PowerShell.SecretManagement), never in a script.'
        Sandbox = 'Signs in through https://test.salesforce.com, the sandbox login host. Give at most one of -LoginUrl, -Sandbox and -Domain.'
        SaveAs = 'Saves what is needed to reconnect unattended under this name (1 to 64 letters, digits, ''.'', ''_'' or ''-''): the refresh token of an interactive, device or refresh-token sign-in, the JWT settings, or the client credentials. Protected with DPAPI on Windows and by file mode 0600 elsewhere. Not available with -AccessToken or -Certificate.'
        TimeoutSec = @{ Description = 'Interactive and device sign-in: how long to wait for the person to finish, in seconds (1 to 86400).'; Default = '300' }
        Username = 'JWT bearer flow: the Salesforce username to act as.'
    }
    Inputs = @(
        @{ Type = 'None'; Description = 'This command takes no pipeline input.' }
    )
    Outputs = @(
        @{ Type = 'None'; Description = 'By default this command writes nothing.' }
        @{ Type = 'ToriiSalesforce.Connection'; Description = 'With -PassThru, the new connection: org, user, instance, API version, mode, sign-in flow and the org''s API usage. It holds no token.' }
    )
    Notes = @(
        'The connection is process-wide: it serves every runspace of this PowerShell process until Disconnect-ToriiSalesforce or the next Connect-ToriiSalesforce.'
        'The sign-in address and the device code go to the information stream, as Write-Host does, never to the output stream.'
        'See about_ToriiSalesforce for how to create the connected app and where to keep its secrets.'
    )
    Examples = @(
        @{
            Title   = 'Example 1: Sign in interactively and save the connection for a scheduled job'
            Code    = 'Connect-ToriiSalesforce -ClientId ''3MVG9...consumer-key'' -Domain acme -SaveAs nightly'
            Remarks = 'Opens the browser to sign in through https://acme.my.salesforce.com (or prints the address), then saves the refresh token under the name nightly. A scheduled job then runs Connect-ToriiSalesforce -Name nightly.'
        }
        @{
            Title   = 'Example 2: Reconnect in a scheduled job with a saved connection'
            Code    = @'
Connect-ToriiSalesforce -Name nightly
Test-ToriiSfPermission -Quiet
'@
            Remarks = 'Reconnects with nobody present. If Salesforce rotates the refresh token, the new one is written back to the saved connection.'
        }
        @{
            Title   = 'Example 3: Sign in from an SSH session with the device flow'
            Code    = 'Connect-ToriiSalesforce -ClientId ''3MVG9...consumer-key'' -DeviceCode -Sandbox'
            Remarks = 'Prints an address and a code. Open the address on any device, enter the code and approve; the command then connects.'
        }
        @{
            Title   = 'Example 4: Connect a scheduled job with a certificate (JWT bearer)'
            Code    = @'
$password = Read-Host -AsSecureString -Prompt 'Certificate password'
Connect-ToriiSalesforce -ClientId '3MVG9...consumer-key' -Username 'integration@acme.com' -CertificatePath ./acme-jwt.pfx -CertificatePassword $password -Domain acme -SaveAs acme-jwt
'@
            Remarks = 'Signs a JWT with the private key in acme-jwt.pfx, with https://acme.my.salesforce.com as its audience, and saves the settings so later runs reconnect with Connect-ToriiSalesforce -Name acme-jwt.'
        }
        @{
            Title   = 'Example 5: Connect with the client credentials flow'
            Code    = @'
$secret = Get-Secret -Name AcmeConsumerSecret          # Microsoft.PowerShell.SecretManagement
Connect-ToriiSalesforce -ClientId '3MVG9...consumer-key' -ClientSecret $secret -Domain acme
'@
            Remarks = 'Connects as the connected app''s run-as user through the org''s My Domain host, which this flow requires.'
        }
        @{
            Title   = 'Example 6: Work with two orgs at once'
            Code    = @'
$prod = Connect-ToriiSalesforce -ClientId $clientId -RefreshToken $prodToken -PassThru
$uat = Connect-ToriiSalesforce -ClientId $clientId -RefreshToken $uatToken -Sandbox -PassThru
Get-ToriiSfUser -Connection $prod -Top 5
Get-ToriiSfUser -Connection $uat -Top 5
'@
            Remarks = 'Each -PassThru connection can be passed to -Connection. The last connection made ($uat here) is also the current one.'
        }
    )
    Links = @('about_ToriiSalesforce', 'Disconnect-ToriiSalesforce', 'Get-ToriiSfContext', 'Get-ToriiSfSavedConnection', 'Remove-ToriiSfSavedConnection', 'Test-ToriiSfPermission')
}
