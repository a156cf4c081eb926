@{
    Synopsis    = 'Deactivates Salesforce users, which frees their licences.'
    Description = @(
        'Disable-ToriiSfUser sets IsActive to False on each user it is given, by Id, by Username, or piped from Get-ToriiSfUser or from a CSV with an Id, UserId or Username column. A deactivated user can no longer sign in, its licence goes back to the pool, and its records stay. Enable-ToriiSfUser undoes it.'
        'It changes Salesforce, so it needs a connection made with Connect-ToriiSalesforce -Mode TakeAction; on a read-only connection it stops with the error TAKE_ACTION_MODE_REQUIRED before looking anyone up. -WhatIf works on any connection and shows each user it would deactivate without changing anything.'
        'It asks for confirmation for each user by default (ConfirmImpact High). In scripts, add -Confirm:$false once you have checked the list with -WhatIf; an unattended run without it changes nothing.'
        'A user that does not exist, the connected user itself (the module never deactivates the user it signs in as) and a user Salesforce refuses to deactivate each give a non-terminating error, and the other users are still processed. A user who is already inactive costs no update; -Verbose says so. A missing permission (Manage Users), the API limit or an expired sign-in stop the command.'
    )
    Parameters  = @{
        Identity   = 'User Ids (15 or 18 characters) or Usernames. Takes pipeline input by value and from a UserId, Id or Username property (the first one the object has, so login events and OAuth grants bind their user), so Get-ToriiSfUser output and Import-Csv rows can be piped in.'
        PassThru   = 'Writes each changed user (a ToriiSalesforce.User, read again after the change) to the pipeline.'
        Connection = 'The connection to use, from Connect-ToriiSalesforce -PassThru. Default: the current connection. It must be in TakeAction mode unless -WhatIf is given.'
        Confirm    = 'Asks before each user. On by default for this command; -Confirm:$false turns the prompt off.'
        WhatIf     = 'Shows which users would be deactivated, without changing anything. Works on a read-only connection.'
    }
    Inputs   = @(
        @{ Type = 'System.String'; Description = 'User Ids or Usernames.' }
        @{ Type = 'ToriiSalesforce.User'; Description = 'Users from Get-ToriiSfUser, bound by their Id.' }
    )
    Outputs  = @(
        @{ Type = 'None'; Description = 'By default this command writes nothing.' }
        @{ Type = 'ToriiSalesforce.User'; Description = 'With -PassThru, each user as Salesforce has it after the change.' }
    )
    Notes    = @(
        'Needs Manage Users (or Manage Internal Users) for the connected user. Salesforce refuses to deactivate some users, for example the default workflow user; the error says why.'
        'To stop someone signing in without giving up the licence, freeze the user instead with Block-ToriiSfUser.'
    )
    Examples = @(
        @{
            Title   = 'Example 1: Preview, then deactivate users who have not logged in for 180 days'
            Code    = @'
$cutoff = (Get-Date).ToUniversalTime().AddDays(-180)
$stale = Get-ToriiSfUser -Active | Where-Object { $_.LastLoginDate -and $_.LastLoginDate -lt $cutoff }
$stale | Disable-ToriiSfUser -WhatIf
$stale | Disable-ToriiSfUser -Confirm:$false -PassThru | Export-Csv deactivated.csv -NoTypeInformation
'@
            Remarks = 'The first run only lists what would happen. The second deactivates the users without prompting and keeps a record of them. The connection must have been made with -Mode TakeAction.'
        }
        @{
            Title   = 'Example 2: Deactivate the leavers listed in a CSV'
            Code    = @'
Connect-ToriiSalesforce -Name Prod
Import-Csv leavers.csv | Disable-ToriiSfUser
'@
            Remarks = 'Prod is a connection saved with -Mode TakeAction (a saved connection keeps the mode it was saved with). Each row''s Username column is bound to -Identity. PowerShell asks before each user; answer A (Yes to All) to deactivate the rest.'
        }
    )
    Links    = @('about_ToriiSalesforce', 'Enable-ToriiSfUser', 'Block-ToriiSfUser', 'Get-ToriiSfUser')
}
