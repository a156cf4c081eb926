BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Get-ModuleUnderTest) -Force
    $script:Cmdlets = @(Get-Command -Module ToriiSalesforce -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Get-ModuleUnderTest) -Force
    # -WhatIf and -Confirm (the optional common parameters) must be documented where a cmdlet has them.
    $script:Common = [System.Management.Automation.Cmdlet]::CommonParameters
}

AfterAll {
    Remove-Module ToriiSalesforce -Force -ErrorAction SilentlyContinue
}

Describe 'Help for <Name>' -ForEach $Cmdlets {
    BeforeAll {
        $script:Help = Get-Help $Name -Full
    }

    It 'has a written synopsis, not the generated syntax line' {
        # Without MAML, Get-Help falls back to the syntax as the synopsis.
        $Help.Synopsis | Should -Not -BeNullOrEmpty
        $Help.Synopsis | Should -Not -Match "^\s*$([regex]::Escape($Name))\b"
    }

    It 'has a description' {
        ($Help.Description.Text -join ' ').Length | Should -BeGreaterThan 100
    }

    It 'has at least two examples, each with code and remarks' {
        @($Help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        foreach ($example in $Help.Examples.Example) {
            $example.Code | Should -Not -BeNullOrEmpty
            ($example.Remarks.Text -join '') | Should -Not -BeNullOrEmpty
        }
    }

    It 'describes every parameter, and only parameters that exist' {
        $actual = @((Get-Command $Name).Parameters.Keys | Where-Object { $_ -notin $Common } | Sort-Object)
        $documented = @($Help.Parameters.Parameter | Where-Object { $_ } | ForEach-Object Name | Sort-Object)
        $documented | Should -Be $actual
        foreach ($parameter in $Help.Parameters.Parameter | Where-Object { $_ }) {
            ($parameter.Description.Text -join '') | Should -Not -BeNullOrEmpty -Because "-$($parameter.Name) needs a description"
        }
    }

    It 'examples call only commands that exist' {
        # A renamed parameter or cmdlet should not survive in the examples.
        foreach ($example in $Help.Examples.Example) {
            $tokens = $null; $errors = $null
            $ast = [System.Management.Automation.Language.Parser]::ParseInput($example.Code, [ref] $tokens, [ref] $errors)
            $errors | Should -BeNullOrEmpty -Because "example '$($example.Title)' must be valid PowerShell"
            foreach ($call in $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true)) {
                $commandName = $call.GetCommandName()
                if ($commandName -notlike '*-ToriiS*') { continue }
                $command = Get-Command $commandName -ErrorAction SilentlyContinue
                $command | Should -Not -BeNullOrEmpty -Because "example '$($example.Title)' calls $commandName"
                foreach ($element in $call.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] }) {
                    $command.Parameters.Keys + ($command.Parameters.Values.Aliases) + $Common | Should -Contain $element.ParameterName -Because "example '$($example.Title)' uses -$($element.ParameterName) of $commandName"
                }
            }
        }
    }
}

Describe 'Examples of <Name>' -ForEach $Cmdlets {
    It 'call each command with parameters of one parameter set' {
        # Parameters that exist but never go together (-Name with -Mode on Connect-ToriiSalesforce)
        # fail at run time with "Parameter set cannot be resolved".
        foreach ($example in (Get-Help $Name -Full).Examples.Example) {
            $ast = [System.Management.Automation.Language.Parser]::ParseInput($example.Code, [ref] $null, [ref] $null)
            foreach ($call in $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true)) {
                $commandName = $call.GetCommandName()
                if ($commandName -notlike '*-ToriiS*') { continue }
                $used = @($call.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] } | ForEach-Object ParameterName)
                $sets = @((Get-Command $commandName).ParameterSets | Where-Object {
                    $set = $_
                    -not ($used | Where-Object { $u = $_; -not ($set.Parameters | Where-Object { $_.Name -eq $u -or $_.Aliases -contains $u }) })
                })
                $sets.Count | Should -BeGreaterThan 0 -Because "example '$($example.Title)' calls $($call.Extent.Text)"
            }
        }
    }
}

Describe 'The about topic' {
    It 'is shipped and found by Get-Help' {
        $about = Get-Help about_ToriiSalesforce
        ($about | Out-String) | Should -Match 'STREAMING'
    }
}
