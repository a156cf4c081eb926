@{
    Synopsis    = 'Lists the third-party apps connected to Salesforce over OAuth, with who uses them and when they were last used.'
    Description = @(
        'Get-ToriiSfOAuthApp reads every OAuth grant in the org (the OauthToken object) and writes one ToriiSalesforce.OAuthApp record per app: how many users hold grants (Users), how many of them are active and not frozen (ActiveUsers, InactiveOrFrozenUsers), how many grants there are (Tokens), when the first was made (FirstConnected), when any was last used (LastUsed) and how often (UseCount). AppMenuItemId and ConnectedApplicationId identify the connected app where Salesforce resolves them. IsSalesforceOwned marks the platform''s own clients, such as the Salesforce mobile apps, the Salesforce CLI and Data Loader, so they can be filtered out.'
        'With -ByUser it writes one ToriiSalesforce.OAuthToken record per grant instead, exactly as Get-ToriiSfOAuthToken does.'
        'Only apps connected over OAuth are visible: apps that sign users in with SAML alone, or that never obtained an OAuth grant, do not appear. An app that was closed or abandoned elsewhere keeps showing here, with its users, for as long as its OAuth connection exists in Salesforce; revoke the grants (Get-ToriiSfOAuthApp -ByUser | Revoke-ToriiSfOAuthToken) to remove it.'
        'Large orgs are listed completely: OauthToken returns at most 2,500 rows per query, so the command counts the grants first and reads them in windows of 2,500. The per-app records come once every grant has been read.'
        'Without the Customize Application permission Salesforce shows the connected user only their own grants; the command then warns that the list is not the org''s instead of passing it off as complete.'
    )
    Parameters  = @{
        ByUser     = 'Write one record per user''s grant (ToriiSalesforce.OAuthToken) instead of one per app.'
        Connection = 'The connection to use, from Connect-ToriiSalesforce -PassThru. The current connection when omitted.'
    }
    Inputs      = @()
    Outputs     = @(
        @{ Type = 'ToriiSalesforce.OAuthApp'; Description = 'One app: AppName, AppMenuItemId, ConnectedApplicationId, Users, ActiveUsers, InactiveOrFrozenUsers, Tokens, FirstConnected, LastUsed, UseCount, IsSalesforceOwned. Times are UTC.' }
        @{ Type = 'ToriiSalesforce.OAuthToken'; Description = 'With -ByUser: one grant, as Get-ToriiSfOAuthToken writes it.' }
    )
    Examples    = @(
        @{
            Title   = 'Example 1: Third-party apps, most recently used first'
            Code    = 'Get-ToriiSfOAuthApp | Where-Object { -not $_.IsSalesforceOwned } | Sort-Object LastUsed -Descending'
            Remarks = 'Leaves out Salesforce''s own clients and shows which outside apps are still in use.'
        }
        @{
            Title   = 'Example 2: Apps still connected for people who left'
            Code    = 'Get-ToriiSfOAuthApp | Where-Object InactiveOrFrozenUsers -gt 0 | Format-Table AppName, Users, InactiveOrFrozenUsers'
            Remarks = 'Apps whose grants belong to deactivated or frozen users; those grants stay valid until they are revoked.'
        }
        @{
            Title   = 'Example 3: Who uses one app'
            Code    = 'Get-ToriiSfOAuthApp -ByUser | Where-Object AppName -eq ''Zapier'' | Format-Table Username, UserIsActive, LastUsedDate'
            Remarks = 'One row per grant of that app, with the user and the last use.'
        }
    )
    Notes       = @(
        'Needs Customize Application to see every user''s grants, and Manage Users to tell frozen users apart (UserIsFrozen is empty without it).'
        'An app closed elsewhere keeps showing use for as long as its OAuth connection exists in Salesforce.'
    )
    Links       = @('about_ToriiSalesforce', 'Get-ToriiSfOAuthToken', 'Revoke-ToriiSfOAuthToken', 'Get-ToriiSfUser', 'Test-ToriiSfPermission')
}
