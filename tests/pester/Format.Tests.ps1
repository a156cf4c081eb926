BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Get-ModuleUnderTest) -Force
    # Every type a cmdlet declares it writes, from the [OutputType] attributes.
    $script:OutputTypes = @(Get-Command -Module ToriiSalesforce -CommandType Cmdlet |
        ForEach-Object { $_.OutputType.Name } | Sort-Object -Unique | ForEach-Object { @{ TypeName = $_ } })
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
}
