# Get-ToriiSfUsage output through Export-Csv, as admins save it for a spreadsheet: flat columns,
# the same on every row, no type names or nested objects, UTC times that read back as written.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Get-ModuleUnderTest) -Force
    $script:Emulator = Start-TestEmulator -Users 60
    Connect-TestEmulator $Emulator

    function Test-FlatCsv {
        # Exports $Objects, reads the file back, and checks the shape every usage CSV must have.
        param([object[]] $Objects, [string] $Path, [string[]] $Columns)
        $Objects | Export-Csv -Path $Path -NoTypeInformation
        $rows = @(Import-Csv -Path $Path)
        $rows.Count | Should -Be $Objects.Count
        $rows[0].PSObject.Properties.Name | Should -Be $Columns
        Get-Content -Path $Path | Should -Not -Match 'System\.'
        Get-Content -Path $Path | Should -Not -Match '@\{'
        return , $rows
    }

    function Assert-SameUtcTime {
        param($Cell, $Value)
        if ($null -eq $Value) { $Cell | Should -BeNullOrEmpty; return }
        $back = [DateTimeOffset]::Parse($Cell, [cultureinfo]::CurrentCulture)
        $back.Offset | Should -Be ([TimeSpan]::Zero)
        [math]::Abs(($back - $Value).TotalSeconds) | Should -BeLessThan 1
    }
}

AfterAll {
    Disconnect-ToriiSalesforce
    Remove-Module ToriiSalesforce -Force -ErrorAction SilentlyContinue
    Stop-TestEmulator $Emulator
}

Describe 'Get-ToriiSfUsage -Source LoginHistory | Export-Csv' {
    It 'writes one row per login with the LoginEvent columns, times in UTC' {
        $logins = @(Get-ToriiSfUsage -Source LoginHistory)
        $logins.Count | Should -BeGreaterThan 0
        $columns = 'Id', 'UserId', 'Username', 'LoginTime', 'LoginType', 'Status', 'IsSuccess', 'Application', 'SourceIp', 'Browser', 'Platform', 'LoginUrl', 'ApiType'
        $rows = Test-FlatCsv -Objects $logins -Path (Join-Path $TestDrive 'logins.csv') -Columns $columns
        for ($i = 0; $i -lt $logins.Count; $i++) {
            $rows[$i].Id | Should -Be $logins[$i].Id
            $rows[$i].UserId | Should -Be $logins[$i].UserId
            [bool]::Parse($rows[$i].IsSuccess) | Should -Be $logins[$i].IsSuccess
            Assert-SameUtcTime $rows[$i].LoginTime $logins[$i].LoginTime
        }
    }
}

Describe 'Get-ToriiSfUsage -Source EventLogFile -EventType Login | Export-Csv' {
    It 'writes one column per field of the log file, the typed common ones first' {
        $events = @(Get-ToriiSfUsage -Source EventLogFile -EventType Login)
        $events.Count | Should -BeGreaterThan 0
        $common = 'EventType', 'Timestamp', 'UserId', 'ClientIp', 'RequestId', 'SessionKey', 'LoginKey', 'Uri', 'LogFileId', 'LogDate', 'Interval', 'Sequence'
        $fields = @($events[0].PSObject.Properties.Name | Select-Object -Skip $common.Count)
        # Columns of the real Login file that are not behind a common property keep their header names.
        foreach ($name in 'LOGIN_TYPE', 'LOGIN_STATUS', 'USER_NAME', 'BROWSER_TYPE', 'RUN_TIME', 'SOURCE_IP') { $fields | Should -Contain $name }
        $rows = Test-FlatCsv -Objects $events -Path (Join-Path $TestDrive 'login-events.csv') -Columns ($common + $fields)
        for ($i = 0; $i -lt $events.Count; $i += 37) {
            $rows[$i].RequestId | Should -Be $events[$i].RequestId
            $rows[$i].LOGIN_STATUS | Should -Be $events[$i].LOGIN_STATUS
            Assert-SameUtcTime $rows[$i].Timestamp $events[$i].Timestamp
            $rows[$i].UserId.Length | Should -Be 18
        }
    }
}

Describe 'Get-ToriiSfUsage -Summary | Export-Csv' {
    It 'writes one row per user with the UserActivity columns' {
        $summary = @(Get-ToriiSfUsage -Summary -EventType Login, API)
        $summary.Count | Should -BeGreaterThan 0
        $columns = 'UserId', 'Username', 'LastSuccessfulLogin', 'LastActivity', 'LastActivitySource', 'SuccessfulLogins', 'FailedLogins', 'LogEvents', 'EventCounts'
        $rows = Test-FlatCsv -Objects $summary -Path (Join-Path $TestDrive 'summary.csv') -Columns $columns
        for ($i = 0; $i -lt $summary.Count; $i++) {
            $rows[$i].UserId | Should -Be $summary[$i].UserId
            [int] $rows[$i].SuccessfulLogins | Should -Be $summary[$i].SuccessfulLogins
            $rows[$i].EventCounts | Should -Be $summary[$i].EventCounts
            Assert-SameUtcTime $rows[$i].LastActivity $summary[$i].LastActivity
        }
    }
}
