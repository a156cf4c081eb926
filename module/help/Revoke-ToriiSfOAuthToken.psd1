@{
    Synopsis    = 'Revokes users'' OAuth grants to connected apps, so the apps lose access for those users.'
    Description = @(
        'Revoke-ToriiSfOAuthToken ends OAuth grants: for each one it posts the grant''s DeleteToken to the org''s /services/oauth2/revoke endpoint. The app''s refresh token for that user, and every access token issued from it, stop working at once; the app regains access only if the user authorises it again. It is how an app that the company stopped using is cut off in Salesforce: until its grants are revoked, it keeps showing use there.'
        'Pipe it the grants from Get-ToriiSfOAuthToken (or a CSV of them): it binds the DeleteToken, AppName and Username properties. AppName and Username only name the grant in prompts and messages; the DeleteToken itself is never shown in -WhatIf, prompts, Verbose or errors.'
        'It changes Salesforce, so it needs a connection made with Connect-ToriiSalesforce -Mode TakeAction; on a read-only connection it stops with the error TAKE_ACTION_MODE_REQUIRED. -WhatIf works on any connection. It asks before each grant by default (ConfirmImpact High); use -Confirm:$false in scripts.'
        'A grant that is already gone (revoked earlier, or removed by its user) gives a non-terminating invalid_token error and the other grants are still revoked.'
    )
    Parameters  = @{
        DeleteToken = 'The grant''s DeleteToken, as Get-ToriiSfOAuthToken lists it. Bound from the pipeline by property name. Treat it as sensitive: it can end the grant.'
        AppName     = 'The app the grant is for. Used only to name the grant in prompts and messages. Bound from the pipeline by property name.'
        Username    = 'The user the grant belongs to. Used only to name the grant in prompts and messages. Bound from the pipeline by property name.'
        Connection  = 'The connection to use, from Connect-ToriiSalesforce -PassThru. Default: the current connection. It must be in TakeAction mode unless -WhatIf is given.'
        Confirm     = 'Asks before each grant. On by default for this command; -Confirm:$false turns the prompt off.'
        WhatIf      = 'Shows which grants would be revoked, without changing anything.'
    }
    Inputs   = @(
        @{ Type = 'ToriiSalesforce.OAuthToken'; Description = 'Grants from Get-ToriiSfOAuthToken, or any objects with a DeleteToken property.' }
    )
    Outputs  = @(
        @{ Type = 'None'; Description = 'This command writes nothing; -Verbose reports each revoked grant.' }
    )
    Notes    = @('Only grants of apps connected over OAuth can be revoked this way. Revoking does not uninstall or block the connected app; to keep users from authorising it again, change the app''s OAuth policies in Setup.')
    Examples = @(
        @{
            Title   = 'Example 1: Cut off an app the company no longer uses'
            Code    = @'
Get-ToriiSfOAuthToken | Where-Object AppName -eq 'Old Survey Tool' | Revoke-ToriiSfOAuthToken -WhatIf
Get-ToriiSfOAuthToken | Where-Object AppName -eq 'Old Survey Tool' | Revoke-ToriiSfOAuthToken -Confirm:$false -Verbose
'@
            Remarks = 'The first line lists the grants that would be revoked; the second revokes them all without prompting and reports each one.'
        }
        @{
            Title   = 'Example 2: Revoke the grants of deactivated users'
            Code    = @'
Get-ToriiSfOAuthToken | Where-Object UserIsActive -eq $false | Revoke-ToriiSfOAuthToken
'@
            Remarks = 'Grants of deactivated users keep showing use until revoked. PowerShell asks before each one.'
        }
    )
    Links    = @('about_ToriiSalesforce', 'Get-ToriiSfOAuthToken', 'Get-ToriiSfOAuthApp')
}
