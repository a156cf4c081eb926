@{
    Synopsis    = 'Freezes Salesforce users: they can no longer sign in, and keep their licences.'
    Description = @(
        'Block-ToriiSfUser freezes each user it is given (Salesforce''s Freeze button: UserLogin.IsFrozen set to True), by Id, by Username, or piped from Get-ToriiSfUser or a CSV. A frozen user cannot sign in, but stays active, keeps its licence and everything it owns. It is the quick, reversible step while a deactivation is prepared; Unblock-ToriiSfUser undoes it.'
        'It changes Salesforce, so it needs a connection made with Connect-ToriiSalesforce -Mode TakeAction; on a read-only connection it stops with the error TAKE_ACTION_MODE_REQUIRED before looking anyone up. -WhatIf works on any connection.'
        'A user that does not exist, or the connected user itself (never frozen by the module), gives a non-terminating error and the other users are still processed. A user who is already frozen costs no update; -Verbose says so.'
    )
    Parameters  = @{
        Identity   = 'User Ids (15 or 18 characters) or Usernames. Takes pipeline input by value and from a UserId, Id or Username property (the first one the object has, so login events and OAuth grants bind their user).'
        PassThru   = 'Writes each changed user (a ToriiSalesforce.User, read again after the change, with IsFrozen True) to the pipeline.'
        Connection = 'The connection to use, from Connect-ToriiSalesforce -PassThru. Default: the current connection. It must be in TakeAction mode unless -WhatIf is given.'
        Confirm    = 'Asks before each user.'
        WhatIf     = 'Shows which users would be frozen, without changing anything.'
    }
    Inputs   = @(
        @{ Type = 'System.String'; Description = 'User Ids or Usernames.' }
        @{ Type = 'ToriiSalesforce.User'; Description = 'Users from Get-ToriiSfUser, bound by their Id.' }
    )
    Outputs  = @(
        @{ Type = 'None'; Description = 'By default this command writes nothing.' }
        @{ Type = 'ToriiSalesforce.User'; Description = 'With -PassThru, each user as Salesforce has it after the change.' }
    )
    Notes    = @('Needs Manage Users for the connected user (reading and changing UserLogin). Freezing does not end sessions the user already has; Salesforce may keep them until they expire.')
    Examples = @(
        @{
            Title   = 'Example 1: Freeze a leaver at once'
            Code    = @'
Block-ToriiSfUser -Identity 'jane.doe@acme.com' -PassThru | Format-Table Username, IsActive, IsFrozen
'@
            Remarks = 'Jane can no longer sign in; her licence and records are untouched.'
        }
        @{
            Title   = 'Example 2: Freeze everyone in a CSV, after a preview'
            Code    = @'
Import-Csv suspended.csv | Block-ToriiSfUser -WhatIf
Import-Csv suspended.csv | Block-ToriiSfUser
'@
            Remarks = 'The Username (or Id) column of each row is bound to -Identity.'
        }
    )
    Links    = @('about_ToriiSalesforce', 'Unblock-ToriiSfUser', 'Disable-ToriiSfUser', 'Get-ToriiSfUser')
}
