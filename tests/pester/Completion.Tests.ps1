# Tab completion as an admin meets it at the console: TabExpansion2 in a session that imported the built module.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Get-ModuleUnderTest) -Force

    function Get-Completion([string] $Line) {
        @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText)
    }
}

AfterAll {
    Remove-Module ToriiSalesforce -Force -ErrorAction SilentlyContinue
}

Describe 'Get-ToriiSfUsage -EventType completion' {
    It 'offers the event types that start with what was typed, whatever its case' {
        $offered = Get-Completion 'Get-ToriiSfUsage -Source EventLogFile -EventType log'
        $offered | Should -Contain 'Login'
        $offered | Should -Contain 'LoginAs'
        $offered | Should -Contain 'Logout'
        $offered | Should -Not -Contain 'API'
    }

    It 'takes a wildcard anywhere in the name' {
        $offered = Get-Completion 'Get-ToriiSfUsage -Source EventLogFile -EventType *api'
        $offered | Should -Contain 'RestApi'
        $offered | Should -Contain 'ApexRestApi'
        $offered | Should -Contain 'BulkApi'
        $offered | Should -Not -Contain 'Login'
    }

    It 'completes the next name of a list' {
        Get-Completion 'Get-ToriiSfUsage -Source EventLogFile -EventType Login, Rest' | Should -Be @('RestApi')
    }
}

Describe 'Saved connection name completion' {
    BeforeAll {
        $script:PreviousHome = $env:TORII_CONFIG_HOME
        $env:TORII_CONFIG_HOME = Join-Path $TestDrive 'config'
        $folder = New-Item -ItemType Directory -Force -Path (Join-Path $env:TORII_CONFIG_HOME 'connections')
        # The completer reads file names only, never content: empty files stand in for saved connections.
        foreach ($name in 'nightly', 'nightly-uat', 'prod') { New-Item -ItemType File -Path (Join-Path $folder "$name.json") | Out-Null }
    }

    AfterAll {
        $env:TORII_CONFIG_HOME = $script:PreviousHome
    }

    It 'completes Connect-ToriiSalesforce -Name from the saved connections' {
        Get-Completion 'Connect-ToriiSalesforce -Name nig' | Should -Be @('nightly', 'nightly-uat')
    }

    It 'completes the positional name too' {
        Get-Completion 'Connect-ToriiSalesforce pr' | Should -Be @('prod')
    }

    It 'completes Remove-ToriiSfSavedConnection -Name' {
        Get-Completion 'Remove-ToriiSfSavedConnection -Name ' | Should -Be @('nightly', 'nightly-uat', 'prod')
    }

    It 'offers nothing, and does not fail, when nothing is saved' {
        $env:TORII_CONFIG_HOME = Join-Path $TestDrive 'empty'
        try { Get-Completion 'Connect-ToriiSalesforce -Name ' | Should -BeNullOrEmpty }
        finally { $env:TORII_CONFIG_HOME = Join-Path $TestDrive 'config' }
    }
}
