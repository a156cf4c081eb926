@{
    Synopsis    = 'Drops the current Salesforce connection, or the connection you give.'
    Description = @(
        'Disconnect-ToriiSalesforce drops a connection made by Connect-ToriiSalesforce. Without -Connection it drops the current connection, after which data commands need a new Connect-ToriiSalesforce or an explicit -Connection. With -Connection it drops that connection; if it was the current one, there is no current connection afterwards, otherwise the current connection is unchanged.'
        'A dropped connection can no longer be used: passing it to -Connection fails with the error ConnectionClosed.'
        'When nothing is connected the command does nothing and reports no error, so it is safe in every cleanup block.'
    )
    Parameters  = @{
        Connection = 'The connection to drop, as returned by Connect-ToriiSalesforce -PassThru or Get-ToriiSfContext. Default: the current connection.'
    }
    Inputs = @(
        @{ Type = 'ToriiSalesforce.Connection'; Description = 'A connection to drop.' }
    )
    Outputs = @(
        @{ Type = 'None'; Description = 'This command writes nothing.' }
    )
    Notes = @(
    )
    Examples = @(
        @{
            Title   = 'Example 1: Disconnect at the end of a scheduled run'
            Code    = @'
try {
    Connect-ToriiSalesforce -ClientId $clientId -RefreshToken $refreshToken
    Get-ToriiSfUser | Export-Csv -Path users.csv -NoTypeInformation
}
finally {
    Disconnect-ToriiSalesforce
}
'@
            Remarks = 'Disconnect-ToriiSalesforce reports no error even when Connect-ToriiSalesforce failed, so the finally block needs no -ErrorAction.'
        }
        @{
            Title   = 'Example 2: Drop one of several connections'
            Code    = @'
$uat = Connect-ToriiSalesforce -ClientId $clientId -RefreshToken $uatToken -Sandbox -PassThru
Get-ToriiSfUser -Connection $uat -Inactive
$uat | Disconnect-ToriiSalesforce
'@
            Remarks = 'Drops the sandbox connection only. Another current connection stays current.'
        }
    )
    Links = @('Connect-ToriiSalesforce', 'Get-ToriiSfContext')
}
