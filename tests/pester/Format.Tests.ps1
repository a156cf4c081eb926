BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Get-ModuleUnderTest) -Force
    # Every type a cmdlet declares it writes, from the [OutputType] attributes. The Boolean of a -Quiet
    # switch (Test-ToriiSfPermission -Quiet, as Test-Connection -Quiet) is PowerShell's own type and
    # needs no view.
    $script:OutputTypes = @(Get-Command -Module ToriiSalesforce -CommandType Cmdlet |
        ForEach-Object { $_.OutputType.Name } | Where-Object { $_ -ne 'System.Boolean' } |
        Sort-Object -Unique | ForEach-Object { @{ TypeName = $_ } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Get-ModuleUnderTest) -Force
}

AfterAll {
    Remove-Module ToriiSalesforce -Force -ErrorAction SilentlyContinue
}

Describe 'Output types' {
    It 'are the module''s own types' {
        $OutputTypes.TypeName | Should -Not -BeNullOrEmpty
        foreach ($t in $OutputTypes.TypeName) { $t | Should -BeLike 'ToriiSalesforce.*' }
    }
}

Describe 'Default view of <TypeName>' -ForEach $OutputTypes {
    It 'is a table of 4 to 7 columns, each a property of the type' {
        $format = Get-FormatData -TypeName $TypeName
        $format | Should -Not -BeNullOrEmpty -Because "$TypeName needs a view in ToriiSalesforce.Format.ps1xml"
        $table = $format.FormatViewDefinition | Where-Object { $_.Control -is [System.Management.Automation.TableControl] } | Select-Object -First 1
        $table | Should -Not -BeNullOrEmpty
        $columns = $table.Control.Headers.Label
        $columns.Count | Should -BeGreaterOrEqual 4
        $columns.Count | Should -BeLessOrEqual 7
        $properties = ([type] $TypeName).GetProperties().Name
        foreach ($c in $columns) { $properties | Should -Contain $c }
    }

    It 'shows every column in a 120-character console' {
        # Fixed widths plus the one-space separators must leave each unsized column at least 10
        # characters; otherwise PowerShell silently drops the trailing columns.
        $format = Get-FormatData -TypeName $TypeName
        $headers = @(($format.FormatViewDefinition | Where-Object { $_.Control -is [System.Management.Automation.TableControl] } | Select-Object -First 1).Control.Headers)
        $fixed = ($headers | Measure-Object -Property Width -Sum).Sum
        $unsized = @($headers | Where-Object Width -eq 0).Count
        ($fixed + ($headers.Count - 1) + 10 * $unsized) | Should -BeLessOrEqual 119
    }
}

Describe 'The Test-ToriiSfPermission table' {
    BeforeAll {
        # PermissionCheck has internal setters: made here as the engine would fill them.
        function New-Check([string] $Name, [bool] $Passed, [bool] $Required) {
            $check = [ToriiSalesforce.PermissionCheck]::new()
            foreach ($p in @{ Name = $Name; Passed = $Passed; Required = $Required; Detail = "$Name detail" }.GetEnumerator()) {
                $check.GetType().GetProperty($p.Key).SetValue($check, $p.Value)
            }
            $check
        }
        $script:Rendering = $PSStyle.OutputRendering
        $PSStyle.OutputRendering = 'PlainText'
        $checks = @(
            New-Check 'API Enabled' $true $true
            New-Check 'View Setup and Configuration' $false $true
            New-Check 'Manage Users' $false $false
        )
        $script:Lines = ($checks | Format-Table | Out-String -Width 200) -split "`r?`n" | Where-Object { $_ -match '\S' }
    }

    AfterAll { $PSStyle.OutputRendering = $Rendering }

    It 'starts every row with its verdict: NO for a failed required check, no for a failed optional one' {
        $Lines[0] | Should -Match '^Passed\s+Required\s+Name\s+Detail'
        $Lines | Where-Object { $_ -match 'API Enabled' } | Should -Match '^Yes\s'
        $Lines | Where-Object { $_ -match 'View Setup' } | Should -MatchExactly '^NO\s'
        $Lines | Where-Object { $_ -match 'Manage Users' } | Should -MatchExactly '^no\s'
    }
}
