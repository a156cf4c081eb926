#Requires -Version 7.4
<#
.SYNOPSIS
    The one entry point for building, testing and demonstrating ToriiSalesforce.

.DESCRIPTION
    Build  assembles the importable module in out/ToriiSalesforce/<version>/.
    Test   builds, runs every xunit project and the Pester suite, prints "N passed, N failed"
           as its last line and exits non-zero on any failure.
    Demo   builds, starts the emulator with a seeded org of about 2,000 users, connects, lists the
           users, exports them to out/demo/users.csv and prints the counts per licence type.
    Bench  measures the Event Log File parser against ConvertFrom-Csv, Import-Csv and raw CsvHelper
           on generated 100 MB and 1 GB Login logs, and writes bench/results.md.
    Clean  removes out/ and every bin/ and obj/ folder.

    Run it with the pinned PowerShell: dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test

.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Demo
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Bench', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release',

    # Demo only: how many users the emulated org has.
    [ValidateRange(1, 1000000)]
    [int] $DemoUsers = 2000
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$Root = $PSScriptRoot
$Out = Join-Path $Root 'out'

function Invoke-Native {
    # Runs a native command and stops the build when it fails; output flows to the console.
    param([string] $What, [scriptblock] $Command)
    & $Command | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)." }
}

function Get-ModuleVersion {
    # Directory.Build.props holds the one version of the module, its assemblies and its manifest.
    [xml] $props = Get-Content -Raw (Join-Path $Root 'Directory.Build.props')
    $version = $props.Project.PropertyGroup | ForEach-Object { $_.ModuleVersion } | Where-Object { $_ } | Select-Object -First 1
    if (-not $version) { throw 'Directory.Build.props has no ModuleVersion.' }
    return $version
}

function Invoke-Build {
    $version = Get-ModuleVersion
    Write-Host "Building ToriiSalesforce $version ($Configuration)" -ForegroundColor Cyan
    Invoke-Native 'dotnet build' { dotnet build (Join-Path $Root 'ToriiSalesforce.sln') -c $Configuration --nologo -v quiet -clp:NoSummary }

    $moduleDir = Join-Path $Out "ToriiSalesforce/$version"
    if (Test-Path $moduleDir) { Remove-Item $moduleDir -Recurse -Force }
    $deps = Join-Path $moduleDir 'dependencies'
    New-Item -ItemType Directory -Force -Path $deps | Out-Null

    # The engine's publish output is its whole dependency closure: copy all of it, never a hand-kept list.
    $enginePublish = Join-Path $Root "src/ToriiSalesforce.Engine/bin/$Configuration/publish"
    Invoke-Native 'dotnet publish (engine)' { dotnet publish (Join-Path $Root 'src/ToriiSalesforce.Engine') -c $Configuration -o $enginePublish --nologo -v quiet -clp:NoSummary }
    Get-ChildItem $enginePublish -File |
        Where-Object { $_.Extension -in '.dll', '.pdb' -and $_.BaseName -notin 'System.Management.Automation' } |
        Copy-Item -Destination $deps

    $loaderBin = Join-Path $Root "src/ToriiSalesforce.Loader/bin/$Configuration/net8.0"
    Copy-Item (Join-Path $loaderBin 'ToriiSalesforce.Loader.dll') $deps
    Copy-Item (Join-Path $loaderBin 'ToriiSalesforce.Loader.pdb') $deps -ErrorAction SilentlyContinue

    $cmdletBin = Join-Path $Root "src/ToriiSalesforce/bin/$Configuration/netstandard2.0"
    Copy-Item (Join-Path $cmdletBin 'ToriiSalesforce.dll') $moduleDir
    Copy-Item (Join-Path $cmdletBin 'ToriiSalesforce.pdb') $moduleDir -ErrorAction SilentlyContinue

    # module/ holds the shipped, uncompiled files: views, help, about topics.
    Get-ChildItem (Join-Path $Root 'module') -Force | Copy-Item -Destination $moduleDir -Recurse -Force

    $manifest = Get-Content -Raw (Join-Path $Root 'ToriiSalesforce.psd1')
    $manifest = $manifest -replace "ModuleVersion\s*=\s*'[^']*'", "ModuleVersion = '$version'"
    Set-Content -Path (Join-Path $moduleDir 'ToriiSalesforce.psd1') -Value $manifest -NoNewline
    Write-Host "Module assembled in $moduleDir" -ForegroundColor Green
    return (Join-Path $moduleDir 'ToriiSalesforce.psd1')
}

function Get-TrxCounts {
    param([string] $Path)
    [xml] $trx = Get-Content -Raw $Path
    $counters = $trx.TestRun.ResultSummary.Counters
    [pscustomobject]@{ Passed = [int]$counters.passed; Failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted }
}

function Get-PesterModulePath {
    # Pester comes from NuGet (a PackageDownload), so it is in the global packages folder.
    Invoke-Native 'restoring Pester' { dotnet restore (Join-Path $Root 'tests/pester/PesterRestore.csproj') --nologo -v quiet }
    $packages = $env:NUGET_PACKAGES
    if (-not $packages) {
        $line = dotnet nuget locals global-packages --list
        $packages = ($line -replace '^global-packages:\s*', '').Trim()
    }
    [xml] $proj = Get-Content -Raw (Join-Path $Root 'tests/pester/PesterRestore.csproj')
    $version = ($proj.Project.ItemGroup.PackageDownload | Where-Object Include -eq 'Pester').Version.Trim('[', ']')
    $psd1 = Join-Path $packages "pester/$version/tools/Pester.psd1"
    if (-not (Test-Path $psd1)) { throw "Pester $version was restored but $psd1 is missing." }
    return $psd1
}

function Invoke-Test {
    $manifest = Invoke-Build
    $results = Join-Path $Out 'test-results'
    if (Test-Path $results) { Remove-Item $results -Recurse -Force }
    New-Item -ItemType Directory -Force -Path $results | Out-Null

    $passed = 0; $failed = 0; $broken = @()
    foreach ($project in 'tests/ToriiSalesforce.Engine.Tests', 'tests/ToriiSalesforce.Tests') {
        $name = Split-Path $project -Leaf
        Write-Host "`n== xunit: $name" -ForegroundColor Cyan
        $trx = Join-Path $results "$name.trx"
        dotnet test (Join-Path $Root $project) -c $Configuration --no-build --nologo --logger "trx;LogFileName=$trx" --logger 'console;verbosity=normal'
        $exit = $LASTEXITCODE
        if (Test-Path $trx) {
            $counts = Get-TrxCounts $trx
            $passed += $counts.Passed; $failed += $counts.Failed
            if ($exit -ne 0 -and $counts.Failed -eq 0) { $failed++; $broken += $name }
        } else {
            $failed++; $broken += $name
        }
    }

    Write-Host "`n== Pester" -ForegroundColor Cyan
    $pester = Get-PesterModulePath
    $pesterResult = Join-Path $results 'pester.json'
    $env:TORII_MODULE_PATH = $manifest
    $env:TORII_REPO_ROOT = $Root
    $env:TORII_CONFIGURATION = $Configuration
    # A fresh process, so the suite sees the built module exactly as an admin's session would.
    $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$pester' -MinimumVersion 5.0
`$config = New-PesterConfiguration
`$config.Run.Path = '$(Join-Path $Root 'tests/pester')'
`$config.Run.PassThru = `$true
`$config.Output.Verbosity = 'Detailed'
`$r = Invoke-Pester -Configuration `$config
@{ Passed = `$r.PassedCount; Failed = `$r.FailedCount + `$r.FailedBlocksCount + `$r.FailedContainersCount } | ConvertTo-Json | Set-Content '$pesterResult'
"@
    dotnet pwsh -NoProfile -NonInteractive -Command $script
    if (Test-Path $pesterResult) {
        $p = Get-Content -Raw $pesterResult | ConvertFrom-Json
        $passed += [int]$p.Passed; $failed += [int]$p.Failed
    } else {
        $failed++; $broken += 'Pester'
    }

    if ($broken) { Write-Host "These suites did not report results: $($broken -join ', ')" -ForegroundColor Red }
    Write-Host ''
    Write-Output "$passed passed, $failed failed"
    if ($failed -gt 0) { exit 1 }
}

function Start-Emulator {
    # Starts the emulator as a process and waits for its one JSON line.
    param([int] $Users, [int] $Seed = 42)
    $dll = Join-Path $Root "tests/SalesforceEmulator/bin/$Configuration/net10.0/SalesforceEmulator.dll"
    $psi = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($a in $dll, '--port', '0', '--users', "$Users", '--seed', "$Seed") { $psi.ArgumentList.Add($a) }
    $psi.RedirectStandardOutput = $true
    $psi.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($psi)
    $read = $process.StandardOutput.ReadLineAsync()
    if (-not $read.Wait([TimeSpan]::FromSeconds(60)) -or -not $read.Result) {
        if (-not $process.HasExited) { $process.Kill($true) }
        throw 'The emulator did not report ready within 60 seconds.'
    }
    [pscustomobject]@{ Process = $process; Info = ($read.Result | ConvertFrom-Json) }
}

function Invoke-Demo {
    $manifest = Invoke-Build
    $demoDir = Join-Path $Out 'demo'
    New-Item -ItemType Directory -Force -Path $demoDir | Out-Null
    $csv = Join-Path $demoDir 'users.csv'

    Write-Host "`nStarting the emulator with a seeded org of $DemoUsers users..." -ForegroundColor Cyan
    $emulator = Start-Emulator -Users $DemoUsers
    try {
        $info = $emulator.Info
        Import-Module $manifest -Force
        $refresh = ConvertTo-SecureString $info.refreshToken -AsPlainText -Force
        Connect-ToriiSalesforce -ClientId $info.clientId -RefreshToken $refresh -LoginUrl $info.loginUrl
        $context = Get-ToriiSfContext
        Write-Host "Connected: $context" -ForegroundColor Green

        Write-Host "`nFirst users, as they stream in:" -ForegroundColor Cyan
        Get-ToriiSfUser -Top 5 | Format-Table | Out-Host

        $users = [System.Collections.Generic.List[object]]::new()
        Get-ToriiSfUser -IncludeExternal | ForEach-Object { $users.Add($_); $_ } | Export-Csv -Path $csv -NoTypeInformation
        Write-Host "Exported $($users.Count) users to $csv" -ForegroundColor Green

        Write-Host "`nUsers per licence type:" -ForegroundColor Cyan
        $users | Group-Object LicenseName | Sort-Object Count -Descending | ForEach-Object {
            $supported = $_.Group[0].IsSupported
            [pscustomobject]@{
                Licence   = $_.Name
                Users     = $_.Count
                Active    = @($_.Group | Where-Object IsActive).Count
                Supported = $supported
            }
        } | Format-Table -AutoSize | Out-Host

        $context = Get-ToriiSfContext
        Write-Host "API requests this run: $($context.RequestsSent); org usage now $($context.ApiUsed)/$($context.ApiMax)."
        Disconnect-ToriiSalesforce
    }
    finally {
        if (-not $emulator.Process.HasExited) { $emulator.Process.Kill($true) }
        $emulator.Process.Dispose()
    }
}

function Invoke-Bench {
    Invoke-Native 'dotnet build (bench)' { dotnet build (Join-Path $Root 'bench/ToriiSalesforce.Bench') -c Release --nologo -v quiet -clp:NoSummary }
    $dll = Join-Path $Root 'bench/ToriiSalesforce.Bench/bin/Release/net10.0/ToriiSalesforce.Bench.dll'
    Invoke-Native 'benchmark' { dotnet $dll run --out (Join-Path $Root 'bench/results.md') --sizes '100,1024' --pwsh-mb 100 --pwsh (Join-Path $PSHOME 'pwsh.dll') }
}

function Invoke-Clean {
    if (Test-Path $Out) { Remove-Item $Out -Recurse -Force }
    Get-ChildItem $Root -Directory -Recurse -Include bin, obj | Where-Object FullName -notmatch '[\\/]\.git[\\/]' |
        Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
}

Push-Location $Root
try {
    switch ($Task) {
        'Build' { Invoke-Build | Out-Null }
        'Test' { Invoke-Test }
        'Demo' { Invoke-Demo }
        'Bench' { Invoke-Bench }
        'Clean' { Invoke-Clean }
    }
}
finally {
    Pop-Location
}
