# The load-context isolation of style.md 3.3, each scenario in a fresh pwsh so that nothing this
# session loaded can mask a mistake.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:ManifestPath = Get-ModuleUnderTest
    $script:Emulator = Start-TestEmulator -Users 300
    $script:Arguments = @{
        Manifest = $ManifestPath
        LoginUrl = $Emulator.Info.loginUrl
        ClientId = $Emulator.Info.clientId
        RefreshToken = $Emulator.Info.refreshToken
    }

    # Connects, lists a few users, and reports where the engine and its dependencies were loaded from.
    $script:Probe = @'
Import-Module $Arguments.Manifest
$refresh = ConvertTo-SecureString $Arguments.RefreshToken -AsPlainText -Force
Connect-ToriiSalesforce -ClientId $Arguments.ClientId -RefreshToken $refresh -LoginUrl $Arguments.LoginUrl
$users = @(Get-ToriiSfUser -Top 3)
$engine = [System.AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'ToriiSalesforce.Engine' }
$context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($engine)
# CsvHelper is only needed by log parsing, which no cmdlet here runs: ask the engine's context for it,
# exactly as the runtime would when the engine first touches it.
$null = $context.LoadFromAssemblyName([System.Reflection.AssemblyName]::new('CsvHelper'))
$loaded = [System.AppDomain]::CurrentDomain.GetAssemblies() | ForEach-Object {
    [pscustomobject]@{
        Name = $_.GetName().Name
        Version = $_.GetName().Version.ToString()
        Context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name
        Location = if ($_.IsDynamic) { '' } else { $_.Location }
    }
}
@{ UserCount = $users.Count; UserType = $users[0].GetType().FullName; Assemblies = @($loaded) } | ConvertTo-Json -Depth 4 -Compress
'@
}

AfterAll {
    Stop-TestEmulator $Emulator
}

Describe 'In a fresh pwsh' {
    BeforeAll {
        $script:Result = Invoke-FreshPwsh -Script $Probe -Arguments $Arguments
        $script:Dependencies = Join-Path (Split-Path $ManifestPath) 'dependencies'
        function script:Find-Loaded([string] $Name) { @($Result.Assemblies | Where-Object Name -eq $Name) }
    }

    It 'the cmdlets work and write the module''s own type' {
        $Result.UserCount | Should -Be 3
        $Result.UserType | Should -Be 'ToriiSalesforce.User'
    }

    It 'loads <_> once, into the ToriiSalesforce context, from dependencies/' -ForEach 'ToriiSalesforce.Engine', 'Polly.Core', 'CsvHelper' {
        $copies = Find-Loaded $_
        $copies.Count | Should -Be 1
        $copies[0].Context | Should -Be 'ToriiSalesforce'
        $copies[0].Location | Should -BeLike "$Dependencies*"
    }

    It 'keeps the cmdlet assembly and the loader in the default context' {
        (Find-Loaded 'ToriiSalesforce')[0].Context | Should -Be 'Default'
        (Find-Loaded 'ToriiSalesforce.Loader')[0].Context | Should -Be 'Default'
    }

    It 'loads no dependency of the engine into the default context from dependencies/' {
        $leaked = $Result.Assemblies | Where-Object { $_.Context -eq 'Default' -and $_.Location -like "$Dependencies*" -and $_.Name -ne 'ToriiSalesforce.Loader' }
        $leaked | Should -BeNullOrEmpty
    }
}

Describe 'Beside a conflicting Polly.Core already loaded in the default context' {
    BeforeAll {
        # What another module shipping an old Polly would leave behind: an assembly named Polly.Core,
        # version 1.0.0.0, with a Polly type, loaded before ToriiSalesforce is imported.
        $conflict = @'
$name = [System.Reflection.AssemblyName]::new('Polly.Core, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null')
$builder = [System.Reflection.Emit.AssemblyBuilder]::DefineDynamicAssembly($name, [System.Reflection.Emit.AssemblyBuilderAccess]::Run)
$null = $builder.DefineDynamicModule('Polly.Core').DefineType('Polly.ResiliencePipeline', 'Public').CreateType()
'@
        $script:Result = Invoke-FreshPwsh -Script ($conflict + "`n" + $Probe) -Arguments $Arguments
    }

    It 'the cmdlets still work' {
        $Result.UserCount | Should -Be 3
    }

    It 'the engine uses its own Polly.Core, and the stub stays in the default context' {
        $polly = @($Result.Assemblies | Where-Object Name -eq 'Polly.Core')
        $polly.Count | Should -Be 2
        $ours = $polly | Where-Object Context -eq 'ToriiSalesforce'
        [version] $ours.Version | Should -BeGreaterOrEqual ([version] '8.0.0.0')
        ($polly | Where-Object Context -eq 'Default').Version | Should -Be '1.0.0.0'
    }
}
