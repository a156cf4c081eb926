@{
    Synopsis    = 'Reactivates deactivated Salesforce users; each takes a licence again.'
    Description = @(
        'Enable-ToriiSfUser sets IsActive to True on each user it is given, by Id, by Username, or piped from Get-ToriiSfUser or a CSV. It undoes Disable-ToriiSfUser. Each reactivated user takes a licence of its profile''s type again, so Salesforce refuses when none is free; that is a non-terminating error for that user and the others are still processed.'
        'It changes Salesforce, so it needs a connection made with Connect-ToriiSalesforce -Mode TakeAction; on a read-only connection it stops with the error TAKE_ACTION_MODE_REQUIRED. -WhatIf works on any connection. A user who is already active costs no update; -Verbose says so.'
    )
    Parameters  = @{
        Identity   = 'User Ids (15 or 18 characters) or Usernames. Takes pipeline input by value and from a UserId, Id or Username property (the first one the object has, so login events and OAuth grants bind their user).'
        PassThru   = 'Writes each changed user (a ToriiSalesforce.User, read again after the change) to the pipeline.'
        Connection = 'The connection to use, from Connect-ToriiSalesforce -PassThru. Default: the current connection. It must be in TakeAction mode unless -WhatIf is given.'
        Confirm    = 'Asks before each user.'
        WhatIf     = 'Shows which users would be reactivated, without changing anything.'
    }
    Inputs   = @(
        @{ Type = 'System.String'; Description = 'User Ids or Usernames.' }
        @{ Type = 'ToriiSalesforce.User'; Description = 'Users from Get-ToriiSfUser, bound by their Id.' }
    )
    Outputs  = @(
        @{ Type = 'None'; Description = 'By default this command writes nothing.' }
        @{ Type = 'ToriiSalesforce.User'; Description = 'With -PassThru, each user as Salesforce has it after the change.' }
    )
    Notes    = @('Needs Manage Users (or Manage Internal Users) for the connected user.')
    Examples = @(
        @{
            Title   = 'Example 1: Undo a deactivation recorded earlier'
            Code    = @'
Import-Csv deactivated.csv | Enable-ToriiSfUser -PassThru
'@
            Remarks = 'Reactivates the users that Disable-ToriiSfUser -PassThru recorded in deactivated.csv and shows them as they are now.'
        }
        @{
            Title   = 'Example 2: Reactivate one user by Username'
            Code    = @'
Enable-ToriiSfUser -Identity 'jane.doe@acme.com' -Verbose
'@
            Remarks = 'Verbose says when the user was already active and nothing was sent.'
        }
    )
    Links    = @('about_ToriiSalesforce', 'Disable-ToriiSfUser', 'Get-ToriiSfUser')
}
