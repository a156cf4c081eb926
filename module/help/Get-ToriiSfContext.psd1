@{
    Synopsis    = 'Gets the current Salesforce connection.'
    Description = @(
        'Get-ToriiSfContext returns the connection that ToriiSalesforce commands use when you do not pass -Connection: the org, the user, the instance, the API version, the mode, the sign-in flow and the org''s API usage as Salesforce last reported it (ApiUsed, ApiMax, ApiRemaining) and the requests this connection has sent (RequestsSent).'
        'When nothing is connected it writes nothing and reports no error. The connection holds no token or secret.'
    )
    Parameters  = @{
    }
    Inputs = @(
        @{ Type = 'None'; Description = 'This command takes no pipeline input.' }
    )
    Outputs = @(
        @{ Type = 'ToriiSalesforce.Connection'; Description = 'The current connection, or nothing when there is none.' }
    )
    Notes = @(
    )
    Examples = @(
        @{
            Title   = 'Example 1: Show the current connection'
            Code    = @'
Get-ToriiSfContext
'@
            Remarks = 'Shows the user, org, instance, mode, API version and the API requests the org has left today.'
        }
        @{
            Title   = 'Example 2: Connect only when not connected yet'
            Code    = @'
if (-not (Get-ToriiSfContext)) {
    Connect-ToriiSalesforce -ClientId $clientId -RefreshToken $refreshToken
}
'@
            Remarks = 'Get-ToriiSfContext writes nothing when there is no connection, so it tests as false.'
        }
        @{
            Title   = 'Example 3: See how many API calls a command spent'
            Code    = @'
$before = (Get-ToriiSfContext).RequestsSent
Get-ToriiSfUser | Export-Csv -Path users.csv -NoTypeInformation
$context = Get-ToriiSfContext
"Spent $($context.RequestsSent - $before) API calls; $($context.ApiRemaining) of $($context.ApiMax) left today."
'@
            Remarks = 'RequestsSent counts this connection''s requests; ApiRemaining is the org''s daily allocation left, as Salesforce last reported it.'
        }
    )
    Links = @('Connect-ToriiSalesforce', 'Disconnect-ToriiSalesforce')
}
