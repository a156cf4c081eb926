@{
    Synopsis    = 'Unfreezes Salesforce users so they can sign in again.'
    Description = @(
        'Unblock-ToriiSfUser clears the freeze (UserLogin.IsFrozen) of each user it is given, by Id, by Username, or piped from Get-ToriiSfUser or a CSV. It undoes Block-ToriiSfUser.'
        'It changes Salesforce, so it needs a connection made with Connect-ToriiSalesforce -Mode TakeAction; on a read-only connection it stops with the error TAKE_ACTION_MODE_REQUIRED. -WhatIf works on any connection. A user who is not frozen costs no update; -Verbose says so.'
    )
    Parameters  = @{
        Identity   = 'User Ids (15 or 18 characters) or Usernames. Takes pipeline input by value and from a UserId, Id or Username property (the first one the object has, so login events and OAuth grants bind their user).'
        PassThru   = 'Writes each changed user (a ToriiSalesforce.User, read again after the change) to the pipeline.'
        Connection = 'The connection to use, from Connect-ToriiSalesforce -PassThru. Default: the current connection. It must be in TakeAction mode unless -WhatIf is given.'
        Confirm    = 'Asks before each user.'
        WhatIf     = 'Shows which users would be unfrozen, without changing anything.'
    }
    Inputs   = @(
        @{ Type = 'System.String'; Description = 'User Ids or Usernames.' }
        @{ Type = 'ToriiSalesforce.User'; Description = 'Users from Get-ToriiSfUser, bound by their Id.' }
    )
    Outputs  = @(
        @{ Type = 'None'; Description = 'By default this command writes nothing.' }
        @{ Type = 'ToriiSalesforce.User'; Description = 'With -PassThru, each user as Salesforce has it after the change.' }
    )
    Notes    = @('Needs Manage Users for the connected user.')
    Examples = @(
        @{
            Title   = 'Example 1: Unfreeze every frozen user'
            Code    = @'
Get-ToriiSfUser -Active | Where-Object IsFrozen | Unblock-ToriiSfUser -WhatIf
'@
            Remarks = 'Lists the frozen users that would be unfrozen; run it again without -WhatIf to do it.'
        }
        @{
            Title   = 'Example 2: Unfreeze one user'
            Code    = @'
Unblock-ToriiSfUser 'jane.doe@acme.com' -PassThru
'@
            Remarks = 'Shows the user afterwards, with IsFrozen False.'
        }
    )
    Links    = @('about_ToriiSalesforce', 'Block-ToriiSfUser', 'Get-ToriiSfUser')
}
