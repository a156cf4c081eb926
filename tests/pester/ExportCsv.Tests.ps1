BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Get-ModuleUnderTest) -Force
    $script:Emulator = Start-TestEmulator -Users 300
    Connect-TestEmulator $Emulator
    $script:Csv = Join-Path $TestDrive 'users.csv'
    $script:Columns = 'Id', 'Username', 'Name', 'Email', 'IsActive', 'IsFrozen', 'UserType', 'ProfileName', 'LicenseName', 'LicenseKey',
        'ServiceCloudUser', 'FlowUser', 'ChatUser', 'MarketingUser', 'ApexMobileUser', 'FeatureLicenses',
        'LastLoginDate', 'CreatedDate', 'LastModifiedDate', 'IsSupported', 'SupportNote'
}

AfterAll {
    Disconnect-ToriiSalesforce
    Remove-Module ToriiSalesforce -Force -ErrorAction SilentlyContinue
    Stop-TestEmulator $Emulator
}

Describe 'Get-ToriiSfUser | Export-Csv' {
    BeforeAll {
        $script:Users = @(Get-ToriiSfUser -IncludeExternal)
        $Users | Export-Csv -Path $Csv -NoTypeInformation
        $script:Rows = @(Import-Csv -Path $Csv)
    }

    It 'writes one row per user with the fixed flat columns' {
        $Users.Count | Should -BeGreaterThan 0
        $Rows.Count | Should -Be $Users.Count
        $Rows[0].PSObject.Properties.Name | Should -Be $Columns
        (Get-Content -Path $Csv -TotalCount 1) | Should -Be (($Columns | ForEach-Object { "`"$_`"" }) -join ',')
    }

    It 'holds no type names or nested objects in any cell' {
        Get-Content -Path $Csv | Should -Not -Match 'System\.'
        Get-Content -Path $Csv | Should -Not -Match '@\{'
    }

    It 'round-trips: ids, names, flags and UTC times read back as written' {
        for ($i = 0; $i -lt $Users.Count; $i++) {
            $user = $Users[$i]; $row = $Rows[$i]
            $row.Id | Should -Be $user.Id
            $row.Username | Should -Be $user.Username
            [bool]::Parse($row.IsActive) | Should -Be $user.IsActive
            [bool]::Parse($row.IsSupported) | Should -Be $user.IsSupported
            if ($null -eq $user.IsFrozen) { $row.IsFrozen | Should -BeNullOrEmpty } else { [bool]::Parse($row.IsFrozen) | Should -Be $user.IsFrozen }
            if ($null -eq $user.LastLoginDate) { $row.LastLoginDate | Should -BeNullOrEmpty }
            else {
                $back = [DateTimeOffset]::Parse($row.LastLoginDate, [cultureinfo]::CurrentCulture)
                $back.Offset | Should -Be ([TimeSpan]::Zero)
                [math]::Abs(($back - $user.LastLoginDate).TotalSeconds) | Should -BeLessThan 1
            }
        }
    }

    It 'gives the same columns for the supported-only listing' {
        $path = Join-Path $TestDrive 'supported.csv'
        Get-ToriiSfUser | Export-Csv -Path $path -NoTypeInformation
        (Get-Content -Path $path -TotalCount 1) | Should -Be (Get-Content -Path $Csv -TotalCount 1)
        @(Import-Csv $path | Where-Object IsSupported -ne 'True').Count | Should -Be 0
    }
}

Describe 'The default table view in a real console' {
    It 'shows the user columns, not every property' {
        $text = Get-ToriiSfUser -Top 3 | Out-String -Width 250
        $header = ($text -split "`n" | Where-Object { $_.Trim() } | Select-Object -First 1)
        $header | Should -Match 'Username\s+Name\s+LicenseName\s+IsActive\s+IsFrozen\s+LastLoginDate\s+FeatureLicenses'
        $text | Should -Not -Match 'SupportNote'
    }

    It 'shows the connection columns' {
        $text = Get-ToriiSfContext | Out-String -Width 250
        $text | Should -Match 'Username\s+OrgId\s+InstanceUrl\s+Mode\s+ApiVersion\s+ApiRemaining'
    }
}
