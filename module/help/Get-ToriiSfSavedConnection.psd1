@{
    Synopsis    = 'Lists the Salesforce connections saved on this computer with Connect-ToriiSalesforce -SaveAs.'
    Description = @(
        'Get-ToriiSfSavedConnection reads the saved connections of the current user and writes one object per connection: its name, how it reconnects (RefreshToken, JwtBearer or ClientCredentials), the user and org it connected to when it was saved, the login host, the mode, when it was saved, what protects its secrets and the file that holds it.'
        'It reads only local files. It calls no Salesforce API and never shows a secret: the refresh token, client secret and certificate password stay in the file.'
        'Saved connections live in %APPDATA%\ToriiSalesforce\connections on Windows and in $XDG_CONFIG_HOME/ToriiSalesforce/connections (by default ~/.config/ToriiSalesforce/connections) elsewhere. The environment variable TORII_CONFIG_HOME, when set, replaces the ToriiSalesforce folder, for portable setups.'
        'On Windows each secret is encrypted with DPAPI for the current user, so only that user on that computer can read it. On Linux and macOS there is no comparable store that works without a person present: the secrets are kept in a file that only its owner can read (mode 0600, in a folder of mode 0700), the same protection ssh keys have. Anyone who can act as that user, or as root, can read them.'
    )
    Parameters  = @{
        Name = @{ Description = 'The names of the saved connections to get. Wildcards are allowed. Without -Name, every saved connection is listed. A plain name that matches nothing is an error; a wildcard that matches nothing is not.'; Globbing = $true }
    }
    Inputs   = @(
        @{ Type = 'System.String'; Description = 'Names of saved connections, by value or by the property Name.' }
    )
    Outputs  = @(
        @{ Type = 'ToriiSalesforce.SavedConnection'; Description = 'One object per saved connection. It carries no secret.' }
    )
    Examples = @(
        @{
            Title   = 'Example 1: List every saved connection'
            Code    = 'Get-ToriiSfSavedConnection'
            Remarks = 'Shows a table of the saved connections: name, flow, the user it connects as, the login host, the mode and when it was saved.'
        }
        @{
            Title   = 'Example 2: See what protects the connections of the nightly jobs'
            Code    = 'Get-ToriiSfSavedConnection -Name nightly* | Format-List Name, Flow, ConnectedAs, Protection, Path'
            Remarks = 'Shows, for each connection whose name starts with nightly, how its secrets are protected at rest and which file holds them.'
        }
    )
    Notes    = @(
        'Reconnect with Connect-ToriiSalesforce -Name <Name>. A refresh token that Salesforce rotates while the connection is used is written back to the file, so the next run uses the live one.'
    )
    Links    = @('about_ToriiSalesforce', 'Connect-ToriiSalesforce', 'Remove-ToriiSfSavedConnection')
}
