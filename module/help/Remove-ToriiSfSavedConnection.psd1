@{
    Synopsis    = 'Deletes saved Salesforce connections from this computer.'
    Description = @(
        'Remove-ToriiSfSavedConnection deletes the files of the named saved connections (made with Connect-ToriiSalesforce -SaveAs). It supports -WhatIf and -Confirm, and takes names from the pipeline, so the output of Get-ToriiSfSavedConnection can be piped to it.'
        'Names are matched exactly, without wildcards, so a typing mistake cannot remove more than you meant. A name that is not saved is reported as an error and the other names are still removed.'
        'Removing a saved connection does not revoke its refresh token at Salesforce. To cut the access off, also revoke it in Salesforce: Get-ToriiSfOAuthToken | Revoke-ToriiSfOAuthToken on a TakeAction connection, or Setup > Connected Apps OAuth Usage.'
    )
    Parameters  = @{
        Name = 'The exact names of the saved connections to remove. Accepts pipeline input by value and by the property Name.'
        Confirm = 'Asks before removing each saved connection.'
        WhatIf = 'Shows which saved connections would be removed, without removing them.'
    }
    Inputs   = @(
        @{ Type = 'System.String'; Description = 'Names of saved connections.' }
        @{ Type = 'ToriiSalesforce.SavedConnection'; Description = 'Saved connections from Get-ToriiSfSavedConnection, bound by their Name property.' }
    )
    Outputs  = @(
        @{ Type = 'None'; Description = 'This command writes nothing to the pipeline.' }
    )
    Examples = @(
        @{
            Title   = 'Example 1: Remove one saved connection'
            Code    = 'Remove-ToriiSfSavedConnection -Name nightly'
            Remarks = 'Deletes the saved connection named nightly after asking for confirmation if your $ConfirmPreference asks for it.'
        }
        @{
            Title   = 'Example 2: See what would be removed, then remove every sandbox connection'
            Code    = @'
Get-ToriiSfSavedConnection -Name *-uat | Remove-ToriiSfSavedConnection -WhatIf
Get-ToriiSfSavedConnection -Name *-uat | Remove-ToriiSfSavedConnection -Confirm:$false
'@
            Remarks = 'The first line only lists what would be removed. The second removes those saved connections without asking.'
        }
    )
    Notes    = @(
        'Saved connections are files under the user''s config folder; Get-ToriiSfSavedConnection shows the path of each.'
    )
    Links    = @('about_ToriiSalesforce', 'Get-ToriiSfSavedConnection', 'Connect-ToriiSalesforce')
}
