@{
    Synopsis    = 'Gets the users of a Salesforce org with their licence, feature licences, frozen state and sign-in dates.'
    Description = @(
        'Get-ToriiSfUser lists the org''s users as flat ToriiSalesforce.User objects: Id, Username, Name, Email, IsActive, IsFrozen, UserType, ProfileName, LicenseName, LicenseKey, the feature licence checkboxes (ServiceCloudUser, FlowUser, ChatUser, MarketingUser, ApexMobileUser), FeatureLicenses, LastLoginDate, CreatedDate, LastModifiedDate (all times in UTC), IsSupported and SupportNote. Every object has the same properties in the same order, so Export-Csv gives clean, stable columns.'
        'By default it returns every supported user, that is every internal user of user type Standard, active or not. Add -IncludeExternal to also get portal, community, partner, Chatter-only and guest users; they come with IsSupported set to False and a SupportNote saying why. Narrow the list with -Active, -Inactive, -ModifiedSince and -Top.'
        'Users stream: each page of up to -PageSize users is fetched from Salesforce as you go, the next page is requested while the current one is being written, and each user is written as soon as it arrives. So Get-ToriiSfUser | Select-Object -First 5 fetches only the first page of users however big the org is, and memory stays flat for large orgs. Ctrl+C stops at once.'
        'With -Identity (or user Ids, Usernames, or objects with an Id, UserId or Username property from the pipeline) it gets those users, external ones included. An identity that matches no user writes a non-terminating UserNotFound error and the others still come through.'
        'A value hidden from the connecting user by field-level security is empty rather than False, and a warning names the field and how to grant access. IsFrozen is empty when the connecting user may not read UserLogin (it needs Manage Users).'
        'Failures from Salesforce end the command with an error whose FullyQualifiedErrorId starts with Salesforce''s error code (REQUEST_LIMIT_EXCEEDED, INVALID_SESSION_ID, ...) and whose message says what to do. Transient failures (5xx, timeouts) are retried with backoff first, and an expired session is renewed once when the connection can refresh.'
    )
    Parameters  = @{
        Active = 'Returns only active users. Use -Inactive for deactivated users; leave both out for all users. (-Active:$false means the same as leaving -Active out.)'
        Connection = 'The connection to use, from Connect-ToriiSalesforce -PassThru. Default: the current connection. Without either, the command fails with the error NotConnected.'
        Identity = 'User Ids (15 or 18 characters) or Usernames. Takes pipeline input, by value and from a UserId, Id or Username property (the first one the object has, so login events and OAuth grants bind their user), so Import-Csv output with a Username column can be piped in.'
        Inactive = 'Returns only inactive (deactivated) users.'
        IncludeExternal = 'Also returns external, portal, community, Chatter-only and guest users. They have IsSupported set to False and a SupportNote.'
        ModifiedSince = 'Returns only users whose record changed at or after this time (the SystemModstamp field). A date or time without a time zone is read as local time.'
        PageSize = @{ Description = 'Users per API call, from 200 to 2000 (default 2000). Larger pages spend fewer API calls; smaller pages show the first users sooner.'; Default = '2000' }
        Top = 'Returns at most this many users. Salesforce is asked for no more than that.'
    }
    Inputs = @(
        @{ Type = 'System.String'; Description = 'User Ids or Usernames, for -Identity.' }
        @{ Type = 'Objects with an Id, UserId or Username property'; Description = 'Bound to -Identity by property name, for example the rows of Import-Csv or the output of Get-ToriiSfUser.' }
    )
    Outputs = @(
        @{ Type = 'ToriiSalesforce.User'; Description = 'One object per user, written as it arrives from Salesforce.' }
    )
    Notes = @(
        'Windows PowerShell 5.1 writes a type line at the top of CSV files; add -NoTypeInformation to Export-Csv there.'
    )
    Examples = @(
        @{
            Title   = 'Example 1: Export every supported user to CSV'
            Code    = @'
Get-ToriiSfUser | Export-Csv -Path users.csv -NoTypeInformation
'@
            Remarks = 'Writes one row per internal user, active or not, with the same columns on every row. Times are UTC.'
        }
        @{
            Title   = 'Example 2: Active users who have not logged in for 90 days'
            Code    = @'
$cutoff = (Get-Date).ToUniversalTime().AddDays(-90)
Get-ToriiSfUser -Active | Where-Object { -not $_.LastLoginDate -or $_.LastLoginDate -lt $cutoff } |
    Sort-Object LastLoginDate | Format-Table Username, LicenseName, LastLoginDate
'@
            Remarks = 'Users who never logged in have an empty LastLoginDate and are included.'
        }
        @{
            Title   = 'Example 3: Get users by Id or Username, from the pipeline'
            Code    = @'
Get-ToriiSfUser -Identity '005000000000001AAA', 'jane.doe@acme.com'
Import-Csv leavers.csv | Get-ToriiSfUser -ErrorAction SilentlyContinue
'@
            Remarks = 'The second line binds the Username (or Id) column of each row. Rows that match no user would write a UserNotFound error; -ErrorAction SilentlyContinue drops those errors.'
        }
        @{
            Title   = 'Example 4: Count users per licence, external users included'
            Code    = @'
Get-ToriiSfUser -IncludeExternal | Group-Object LicenseName, IsSupported -NoElement | Sort-Object Count -Descending
'@
            Remarks = 'Portal, community and Chatter-only users appear with IsSupported set to False.'
        }
        @{
            Title   = 'Example 5: Look at the first few users only'
            Code    = @'
Get-ToriiSfUser | Select-Object -First 5
'@
            Remarks = 'Stops after five users; only the first page of users is fetched from Salesforce, however large the org is.'
        }
    )
    Links = @('about_ToriiSalesforce', 'Connect-ToriiSalesforce', 'Export-Csv')
}
