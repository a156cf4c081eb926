@{
    Synopsis    = 'Checks that the connected Salesforce user has everything ToriiSalesforce needs, and says how to fix what is missing.'
    Description = @(
        'Test-ToriiSfPermission checks the user of the current connection (or of -Connection) against the prerequisites of the module: the system permissions API Enabled, View Setup and Configuration, and View Event Log Files or View All Data; read access (field-level security) to the User fields UserPermissionsMobileUser, UserPermissionsMarketingUser, UserPermissionsLiveAgentUser, UserPermissionsInteractionUser and UserPermissionsSupportUser; whether EventLogFile can be queried and LoginHistory can be queried for all users (Manage Users or Monitor Login History); that the user is not a Customer Portal user; whether OAuth tokens of all users are visible (Customize Application) rather than only the user''s own; Manage Users; and how many of the org''s daily API requests remain.'
        'By default it writes one object per check with Name, Passed, Required, AffectedFeatures (the commands and properties that fail or come out incomplete without it), Detail (what was found) and Remediation (the steps an admin follows in Setup, for example Setup > Permission Sets > the connecting user''s permission set > System Permissions > Edit > enable API Enabled > Save). The default table shows NO in the Passed column for a failed required check, so failures stand out.'
        'With -Quiet it writes a single Boolean: True when every required check passed. Optional checks (OAuth tokens of all users, Manage Users) do not make it False.'
        'It spends at most six API requests: a describe and a query of UserPermissionAccess, the User describe (once per connection), a LIMIT 1 query each of EventLogFile and LoginHistory, and the limits resource. When API Enabled is missing it stops after the first request and reports that one failure.'
    )
    Parameters  = @{
        Connection = 'The connection to check, from Connect-ToriiSalesforce -PassThru. By default the current connection.'
        Quiet      = 'Writes only True (every required check passed) or False, for use in an if statement or a scheduled job.'
    }
    Inputs   = @(
        @{ Type = 'None'; Description = 'This command takes no pipeline input.' }
    )
    Outputs  = @(
        @{ Type = 'ToriiSalesforce.PermissionCheck'; Description = 'By default, one object per check: Name, Passed, Required, AffectedFeatures, Detail, Remediation.' }
        @{ Type = 'System.Boolean'; Description = 'With -Quiet, True when every required check passed.' }
    )
    Examples = @(
        @{
            Title   = 'Example 1: See which prerequisites are missing'
            Code    = 'Test-ToriiSfPermission'
            Remarks = 'Shows a table of every check. Rows whose Passed column says NO are required prerequisites the user lacks; no marks an optional one.'
        }
        @{
            Title   = 'Example 2: Print the fix for each failed check'
            Code    = 'Test-ToriiSfPermission | Where-Object { -not $_.Passed } | Format-List Name, AffectedFeatures, Remediation'
            Remarks = 'Lists, for each failed check, what it affects and the Setup steps that grant it, ready to hand to a Salesforce admin.'
        }
        @{
            Title   = 'Example 3: Stop a scheduled job early when the integration user lacks a permission'
            Code    = @'
Connect-ToriiSalesforce -Name nightly
if (-not (Test-ToriiSfPermission -Quiet)) {
    throw 'The Salesforce integration user lacks a prerequisite; run Test-ToriiSfPermission to see which.'
}
'@
            Remarks = 'Checks the prerequisites with at most six API requests before the job spends more.'
        }
    )
    Notes    = @(
        'The same prerequisites are behind the errors and warnings of the other commands: when a call fails because one is missing, the error names the permission and the same remediation.'
        'UserPermissionAccess gives the effective permissions from the profile, permission sets and permission set groups together, and needs no special permission to read.'
    )
    Links    = @('about_ToriiSalesforce', 'Connect-ToriiSalesforce', 'Get-ToriiSfContext')
}
