@{
    Synopsis    = 'Lists the org''s user, feature and permission-set licences with their seats.'
    Description = @(
        'Get-ToriiSfLicense writes one ToriiSalesforce.License record per licence. User licences come from UserLicense (Total, Used and Available seats, Status, and the LicenseDefinitionKey as Key). Feature licences are the five User checkboxes Service Cloud User, Flow User, Chat User, Marketing User and Apex Mobile User; Used is the number of active users holding each. Permission-set licences come from PermissionSetLicense, with their expiration date.'
        'Salesforce publishes no totals for feature licences: no object holds them, only the Setup page shows them. Total and Available are therefore empty for feature licences, never 0, so a sum or a comparison cannot mistake "unknown" for "none left".'
        'Licences of external users (Partner Community, Customer Community and Community Plus, Customer Portal User and Manager, Chatter Free and External, Guest, and the like) are recognised by the same rule table that Get-ToriiSfUser uses, and left out unless -IncludeExternal is given; they then come out with IsSupported False and the reason in SupportNote. UserType names the users each licence is for, as Get-ToriiSfUser shows it.'
        'When field-level security hides one of the five checkboxes from the connected user, that feature licence comes out with Used empty and a warning naming the field and how to make it visible; it is never reported as 0.'
        'The command spends the same few API calls whatever the size of the org: one describe of User, one query of UserLicense, one aggregate query of User for all five feature licences, and one query of PermissionSetLicense. Reading UserLicense and PermissionSetLicense needs View Setup and Configuration: without it each of those two kinds gives a non-terminating INVALID_TYPE error that names the permission and the Setup steps to grant it, and the feature licences, which do not need it, are still listed.'
    )
    Parameters  = @{
        Kind            = 'Which kinds of licence to list: UserLicense, FeatureLicense, PermissionSetLicense, or several of them. Every kind when omitted.'
        IncludeExternal = 'Also list the user licences of external, portal, Chatter-only and guest users, marked IsSupported False with the reason in SupportNote. Without it only licences of internal (Standard) users are listed.'
        Connection      = 'The connection to use, from Connect-ToriiSalesforce -PassThru. The current connection when omitted.'
    }
    Inputs      = @()
    Outputs     = @(
        @{ Type = 'ToriiSalesforce.License'; Description = 'One licence: Kind, Name, Key, Id, Status, Total, Used, Available, ExpirationDate, UserType, IsSupported, SupportNote. Times are UTC.' }
    )
    Examples    = @(
        @{
            Title   = 'Example 1: Seats left on each user licence'
            Code    = 'Get-ToriiSfLicense -Kind UserLicense | Sort-Object Available | Format-Table Name, Total, Used, Available'
            Remarks = 'Lists the internal user licences with the fewest free seats first.'
        }
        @{
            Title   = 'Example 2: Every licence, external ones included, to a CSV file'
            Code    = 'Get-ToriiSfLicense -IncludeExternal | Export-Csv -Path licences.csv -NoTypeInformation'
            Remarks = 'Writes one row per licence of every kind with the same flat columns; feature licences have empty Total and Available cells because Salesforce publishes no totals for them.'
        }
        @{
            Title   = 'Example 3: Check the seat counts against the users'
            Code    = 'Get-ToriiSfUser -Active -IncludeExternal | Group-Object LicenseName | Sort-Object Name | Format-Table Name, Count'
            Remarks = 'Counts active users per licence. Each count equals the Used figure Get-ToriiSfLicense -IncludeExternal shows for that licence, because Salesforce counts a seat as used by an active user.'
        }
    )
    Notes       = @(
        'Feature licence totals are only on the Setup page Company Information > Feature Licenses; Salesforce exposes them through no API.'
        'A frozen user still holds a seat; only deactivating a user frees it.'
    )
    Links       = @('about_ToriiSalesforce', 'Get-ToriiSfUser', 'Test-ToriiSfPermission')
}
