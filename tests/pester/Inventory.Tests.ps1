# Get-ToriiSfLicense, Get-ToriiSfOAuthApp and Get-ToriiSfOAuthToken in the built module, as an admin
# uses them: Export-Csv gives flat, fixed columns for every record type, and the default views show
# what matters without the revoke handle.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Get-ModuleUnderTest) -Force
    $script:Emulator = Start-TestEmulator -Users 300
    $info = $Emulator.Info
    $refresh = ConvertTo-SecureString $info.refreshToken -AsPlainText -Force
    Connect-ToriiSalesforce -ClientId $info.clientId -RefreshToken $refresh -LoginUrl $info.loginUrl

    function Export-AndRead {
        # Writes the records with Export-Csv and returns the header line and the rows read back.
        param([object[]] $Records, [string] $Name)
        $path = Join-Path $TestDrive "$Name.csv"
        $Records | Export-Csv -Path $path -NoTypeInformation
        [pscustomobject]@{ Path = $path; Header = (Get-Content -Path $path -TotalCount 1); Rows = @(Import-Csv -Path $path) }
    }
    function ConvertTo-Header([string[]] $Columns) { ($Columns | ForEach-Object { "`"$_`"" }) -join ',' }
}

AfterAll {
    Disconnect-ToriiSalesforce
    Remove-Module ToriiSalesforce -Force -ErrorAction SilentlyContinue
    Stop-TestEmulator $Emulator
}

Describe 'Get-ToriiSfLicense | Export-Csv' {
    BeforeAll {
        $script:Licences = @(Get-ToriiSfLicense -IncludeExternal)
        $script:Csv = Export-AndRead $Licences 'licences'
    }

    It 'writes every kind of licence under the same flat columns' {
        $Csv.Header | Should -Be (ConvertTo-Header 'Kind', 'Name', 'Key', 'Id', 'Status', 'Total', 'Used', 'Available', 'ExpirationDate', 'UserType', 'IsSupported', 'SupportNote')
        $Csv.Rows.Count | Should -Be $Licences.Count
        @($Csv.Rows.Kind | Sort-Object -Unique) | Should -Be @('FeatureLicense', 'PermissionSetLicense', 'UserLicense')
        Get-Content -Path $Csv.Path | Should -Not -Match 'System\.|@\{'
    }

    It 'leaves feature licence totals empty rather than 0, and keeps their use' {
        $features = @($Csv.Rows | Where-Object Kind -eq 'FeatureLicense')
        $features.Count | Should -Be 5
        foreach ($f in $features) {
            $f.Total | Should -BeNullOrEmpty
            $f.Available | Should -BeNullOrEmpty
            [int] $f.Used | Should -BeGreaterOrEqual 0
            $f.Used | Should -Not -BeNullOrEmpty
        }
    }

    It 'writes expiration dates in UTC' {
        $dated = @($Csv.Rows | Where-Object ExpirationDate)
        $dated.Count | Should -BeGreaterThan 0
        foreach ($row in $dated) { ([DateTimeOffset]::Parse($row.ExpirationDate, [cultureinfo]::CurrentCulture)).Offset | Should -Be ([TimeSpan]::Zero) }
    }
}

Describe 'Get-ToriiSfOAuthApp and Get-ToriiSfOAuthToken | Export-Csv' {
    It 'writes one row per app under flat columns' {
        $apps = @(Get-ToriiSfOAuthApp)
        $csv = Export-AndRead $apps 'apps'
        $csv.Header | Should -Be (ConvertTo-Header 'AppName', 'AppMenuItemId', 'ConnectedApplicationId', 'Users', 'ActiveUsers', 'InactiveOrFrozenUsers', 'Tokens', 'FirstConnected', 'LastUsed', 'UseCount', 'IsSalesforceOwned')
        $csv.Rows.Count | Should -Be $apps.Count
        Get-Content -Path $csv.Path | Should -Not -Match 'System\.|@\{'
    }

    It 'writes one row per grant under flat columns, the revoke handle included' {
        $tokens = @(Get-ToriiSfOAuthToken)
        $csv = Export-AndRead $tokens 'tokens'
        $csv.Header | Should -Be (ConvertTo-Header 'AppName', 'AppMenuItemId', 'UserId', 'Username', 'UserIsActive', 'UserIsFrozen', 'CreatedDate', 'LastUsedDate', 'UseCount', 'IsSalesforceOwned', 'DeleteToken')
        $csv.Rows.Count | Should -Be $tokens.Count
        @($csv.Rows | Where-Object { -not $_.DeleteToken }).Count | Should -Be 0
        Get-Content -Path $csv.Path | Should -Not -Match 'System\.|@\{'
    }
}

Describe 'The inventory views in a real console' {
    It 'shows licences with their seats' {
        $text = Get-ToriiSfLicense -Kind UserLicense | Out-String -Width 250
        $text | Should -Match 'Kind\s+Name\s+Status\s+Total\s+Used\s+Available\s+IsSupported'
    }

    It 'shows apps with their users and last use' {
        $text = Get-ToriiSfOAuthApp | Out-String -Width 250
        $text | Should -Match 'AppName\s+Users\s+ActiveUsers\s+Tokens\s+LastUsed\s+UseCount\s+IsSalesforceOwned'
    }

    It 'shows grants without their revoke handle' {
        $tokens = @(Get-ToriiSfOAuthToken | Select-Object -First 20)
        $text = $tokens | Out-String -Width 250
        $text | Should -Match 'AppName\s+Username\s+UserIsActive\s+UserIsFrozen\s+CreatedDate\s+LastUsedDate\s+UseCount'
        foreach ($t in $tokens) { $text | Should -Not -Match ([regex]::Escape($t.DeleteToken)) }
    }
}
