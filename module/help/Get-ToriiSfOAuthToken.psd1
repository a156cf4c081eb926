@{
    Synopsis    = 'Lists every user''s OAuth grant to every connected app, one record per grant.'
    Description = @(
        'Get-ToriiSfOAuthToken reads the OauthToken object and writes one ToriiSalesforce.OAuthToken record per grant: the app (AppName, AppMenuItemId), the user (UserId, Username, UserIsActive, UserIsFrozen), when the grant was made (CreatedDate), when and how often it was used (LastUsedDate, UseCount), and whether the app is one of Salesforce''s own clients (IsSalesforceOwned). Records stream into the pipeline as the pages arrive.'
        'Each record also carries DeleteToken, which is what revoking the grant needs: pipe the record to Revoke-ToriiSfOAuthToken on a connection made with -Mode TakeAction. DeleteToken can end that one grant and nothing else, and it is kept out of the default table view; Select-Object DeleteToken or Export-Csv shows it.'
        'OauthToken has no usable Id (it is always empty), serves 500 rows at a time and stops every query at 2,500 rows. The command counts the grants first and reads them in windows of 2,500, so an org with tens of thousands of grants is listed in full.'
        'Only apps connected over OAuth are visible. An app closed elsewhere keeps showing use for as long as its OAuth connection exists in Salesforce. Without the Customize Application permission Salesforce shows only the connected user''s own grants, and the command warns that the list is partial.'
    )
    Parameters  = @{
        Connection = 'The connection to use, from Connect-ToriiSalesforce -PassThru. The current connection when omitted.'
    }
    Inputs      = @()
    Outputs     = @(
        @{ Type = 'ToriiSalesforce.OAuthToken'; Description = 'One grant: AppName, AppMenuItemId, UserId, Username, UserIsActive, UserIsFrozen, CreatedDate, LastUsedDate, UseCount, IsSalesforceOwned, DeleteToken. Times are UTC.' }
    )
    Examples    = @(
        @{
            Title   = 'Example 1: Grants held by deactivated users'
            Code    = 'Get-ToriiSfOAuthToken | Where-Object { -not $_.UserIsActive }'
            Remarks = 'Grants that outlived their user; each stays valid until it is revoked.'
        }
        @{
            Title   = 'Example 2: Grants unused for 90 days, to a CSV file'
            Code    = '$cutoff = (Get-Date).AddDays(-90); Get-ToriiSfOAuthToken | Where-Object { $_.LastUsedDate -lt $cutoff } | Export-Csv -Path stale-grants.csv -NoTypeInformation'
            Remarks = 'Writes flat columns, DeleteToken included, for a review before revoking.'
        }
        @{
            Title   = 'Example 3: Revoke the grants of deactivated users, asking first'
            Code    = 'Get-ToriiSfOAuthToken | Where-Object { -not $_.UserIsActive } | Revoke-ToriiSfOAuthToken -WhatIf'
            Remarks = 'Shows which grants would be ended; run it without -WhatIf, on a connection made with -Mode TakeAction, to revoke them.'
        }
    )
    Notes       = @(
        'Needs Customize Application to see every user''s grants, and Manage Users to tell frozen users apart.'
    )
    Links       = @('about_ToriiSalesforce', 'Get-ToriiSfOAuthApp', 'Revoke-ToriiSfOAuthToken', 'Get-ToriiSfUser')
}
