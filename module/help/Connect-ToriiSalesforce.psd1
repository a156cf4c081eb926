@{
    Synopsis    = 'Signs in to a Salesforce org and makes that connection the current one.'
    Description = @(
        'Connect-ToriiSalesforce signs in with OAuth, checks the token against the UserInfo endpoint, picks the REST API version and makes the connection current: every other ToriiSalesforce command uses it unless you pass -Connection. It writes nothing to the pipeline unless you add -PassThru; a one-line summary goes to the Verbose stream.'
        'Two sign-in flows are offered, one per parameter set. RefreshToken (unattended): the connected app''s consumer key (-ClientId) and a refresh token issued to the user the module acts as, plus -ClientSecret when the app requires it. The login host is https://login.salesforce.com unless you give one of -LoginUrl, -Sandbox or -Domain. An expired session is renewed automatically. AccessToken: a session id you already have (for example from the Salesforce CLI) and the org''s -InstanceUrl. Such a session cannot be renewed; connect again when it expires.'
        'The username-password flow (OAuth password grant) is not offered: Salesforce is retiring it, and a password kept in a script is the secret most often leaked.'
        'Tokens and secrets are accepted only as SecureString. They are kept in memory for the life of the connection, never saved to disk, and never written to the output, the Verbose or Debug streams, error messages or the ToString of any object.'
        'Only internal users (user type Standard) can connect. Customer Portal, community, partner, Chatter-only and guest users are refused with the error UNSUPPORTED_USER_TYPE because they cannot read the org''s users, licences and logs. Connect as a System Administrator or as an integration user with API Enabled and View Setup and Configuration.'
        'Every connection has a mode. ReadOnly (the default) only reads. TakeAction is what commands that change Salesforce (freezing or deactivating users, revoking app tokens) will require; this version has none, so both modes read the same.'
    )
    Parameters  = @{
        AccessToken = 'A session id (access token) obtained elsewhere, as a SecureString. It cannot be renewed: when it expires, commands fail with INVALID_SESSION_ID and you connect again.'
        ApiVersion = 'The REST API version to use, such as 66.0. By default the newest version that both the org and this module know is used. An error names the versions the org offers when it does not offer this one.'
        ClientId = 'The consumer key of the connected app that issued the refresh token (Setup > App Manager > the app > View > Manage Consumer Details).'
        ClientSecret = 'The connected app''s consumer secret, as a SecureString. Needed only when the app is set to require the secret for the refresh token flow.'
        Domain = 'The org''s My Domain: the name (acme, for https://acme.my.salesforce.com) or the full host (acme--uat.sandbox.my.salesforce.com, which enhanced-domain sandboxes need). Give at most one of -LoginUrl, -Sandbox and -Domain.'
        InstanceUrl = 'The org''s instance or My Domain URL, such as https://acme.my.salesforce.com. It must be https (http is accepted only for a loopback address, such as a local emulator).'
        LoginUrl = 'The OAuth host to sign in through, such as https://acme.my.salesforce.com. Default: https://login.salesforce.com. Give at most one of -LoginUrl, -Sandbox and -Domain.'
        Mode = @{ Description = 'ReadOnly (default): the connection only reads. TakeAction: commands that change Salesforce may use it (this version has none).'; Default = 'ReadOnly' }
        PassThru = 'Writes the new connection (a ToriiSalesforce.Connection) to the pipeline. Keep it in a variable to work with several orgs through -Connection.'
        RefreshToken = 'A refresh token the connected app issued for the user to act as, as a SecureString. Keep it in a secret store (for example Microsoft.PowerShell.SecretManagement), never in a script.'
        Sandbox = 'Signs in through https://test.salesforce.com, the sandbox login host. Give at most one of -LoginUrl, -Sandbox and -Domain.'
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
        'See about_ToriiSalesforce for where to keep the refresh token and how to create the connected app.'
    )
    Examples = @(
        @{
            Title   = 'Example 1: Connect unattended with a refresh token from a secret store'
            Code    = @'
$refreshToken = Get-Secret -Name SalesforceRefreshToken          # Microsoft.PowerShell.SecretManagement
Connect-ToriiSalesforce -ClientId '3MVG9...consumer-key' -RefreshToken $refreshToken -Domain acme
Get-ToriiSfContext
'@
            Remarks = 'Signs in through https://acme.my.salesforce.com with the connected app''s consumer key and a stored refresh token, then shows the current connection. Get-Secret returns a SecureString, which is what -RefreshToken takes.'
        }
        @{
            Title   = 'Example 2: Connect with an access token from the Salesforce CLI'
            Code    = @'
$org = sf org display --target-org acme --json | ConvertFrom-Json
$token = ConvertTo-SecureString $org.result.accessToken -AsPlainText -Force
Connect-ToriiSalesforce -InstanceUrl $org.result.instanceUrl -AccessToken $token
'@
            Remarks = 'Reuses the session the Salesforce CLI already has. The session cannot be renewed by this module; connect again when it expires.'
        }
        @{
            Title   = 'Example 3: Work with two orgs at once'
            Code    = @'
$prod = Connect-ToriiSalesforce -ClientId $clientId -RefreshToken $prodToken -PassThru
$uat = Connect-ToriiSalesforce -ClientId $clientId -RefreshToken $uatToken -Sandbox -PassThru
Get-ToriiSfUser -Connection $prod -Top 5
Get-ToriiSfUser -Connection $uat -Top 5
'@
            Remarks = 'Each -PassThru connection can be passed to -Connection. The last connection made ($uat here) is also the current one.'
        }
    )
    Links = @('about_ToriiSalesforce', 'Disconnect-ToriiSalesforce', 'Get-ToriiSfContext', 'Get-ToriiSfUser')
}
