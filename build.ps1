#Requires -Version 7.4
<#
.SYNOPSIS
    The one entry point for building, testing and demonstrating ToriiSalesforce.

.DESCRIPTION
    Build  assembles the importable module in out/ToriiSalesforce/<version>/.
    Test   builds, runs every xunit project and the Pester suite, prints "N passed, N failed"
           as its last line and exits non-zero on any failure.
    Demo   builds, starts the emulator with a seeded org of about 2,000 users, connects, lists the
           users, licences, OAuth apps and last activity per user, exports each to out/demo/*.csv,
           and previews (-WhatIf) deactivating users who stopped logging in.
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

function Write-MamlHelp {
    # Runs in a child pwsh (see Invoke-HelpBuild): imports the built module and writes one MAML file
    # for its cmdlets. Syntax, types, positions, pipeline input and aliases come from the compiled
    # cmdlets, so they cannot drift from the code; module/help/<Cmdlet>.psd1 holds only the prose.
    param([string] $ManifestPath, [string] $SourceDir, [string] $OutFile)
    $ErrorActionPreference = 'Stop'
    Set-StrictMode -Version Latest
    $module = Import-Module $ManifestPath -PassThru -Force
    # -WhatIf and -Confirm are documented like any parameter: admins look for them in the syntax.
    $common = [System.Management.Automation.Cmdlet]::CommonParameters
    $ns = @{
        maml    = 'http://schemas.microsoft.com/maml/2004/10'
        command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
        dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
    }
    $settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [System.Text.UTF8Encoding]::new($false) }
    $w = [System.Xml.XmlWriter]::Create($OutFile, $settings)

    function Write-Leaf([string] $prefix, [string] $name, [string] $text) { $w.WriteElementString($prefix, $name, $ns[$prefix], $text) }
    function Open-Element([string] $prefix, [string] $name) { $w.WriteStartElement($prefix, $name, $ns[$prefix]) }
    function Paras($texts) {
        foreach ($t in @($texts)) { if ($null -ne $t) { Write-Leaf maml para ([string] $t).Trim() } }
    }
    function Description($texts) { Open-Element maml description; Paras $texts; $w.WriteEndElement() }
    function TypeName([type] $type) {
        $inner = [Nullable]::GetUnderlyingType($type)
        if ($inner) { $type = $inner }
        if ($type.Namespace -in 'System', 'System.Security', 'System.Management.Automation') { return $type.Name }
        return $type.FullName
    }
    function PipelineText($p) {
        $how = @(); if ($p.ValueFromPipeline) { $how += 'ByValue' }; if ($p.ValueFromPipelineByPropertyName) { $how += 'ByPropertyName' }
        if ($how) { "True ($($how -join ', '))" } else { 'False' }
    }
    function ParameterElement($p, [bool] $required, $position, $doc, [bool] $inSyntax) {
        $isSwitch = $p.ParameterType -eq [System.Management.Automation.SwitchParameter]
        $text = $doc; $default = 'None'; $globbing = $false
        if ($doc -is [hashtable]) { $text = $doc['Description']; if ($doc['Default']) { $default = $doc['Default'] }; $globbing = [bool] $doc['Globbing'] }
        if ($isSwitch -and $default -eq 'None') { $default = 'False' }
        Open-Element command parameter
        $w.WriteAttributeString('required', $required.ToString().ToLowerInvariant())
        $w.WriteAttributeString('variableLength', $p.ParameterType.IsArray.ToString().ToLowerInvariant())
        $w.WriteAttributeString('globbing', $globbing.ToString().ToLowerInvariant())
        $w.WriteAttributeString('pipelineInput', (PipelineText $p))
        $w.WriteAttributeString('position', $(if ($null -eq $position -or $position -lt 0) { 'named' } else { [string] ($position + 1) }))
        $w.WriteAttributeString('aliases', $(if ($p.Aliases.Count) { $p.Aliases -join ', ' } else { 'none' }))
        Write-Leaf maml name $p.Name
        Description $text
        $valueType = $p.ParameterType; if ($valueType.IsArray) { $valueType = $valueType.GetElementType() }
        $valueType = if ([Nullable]::GetUnderlyingType($valueType)) { [Nullable]::GetUnderlyingType($valueType) } else { $valueType }
        if ($valueType.IsEnum) {
            Open-Element command parameterValueGroup
            foreach ($v in [enum]::GetNames($valueType)) {
                Open-Element command parameterValue; $w.WriteAttributeString('required', 'false'); $w.WriteAttributeString('variableLength', 'false'); $w.WriteString($v); $w.WriteEndElement()
            }
            $w.WriteEndElement()
        }
        if (-not $isSwitch) {
            Open-Element command parameterValue; $w.WriteAttributeString('required', 'true'); $w.WriteAttributeString('variableLength', 'false')
            $w.WriteString((TypeName $p.ParameterType)); $w.WriteEndElement()
        }
        Open-Element dev type; Write-Leaf maml name (TypeName $p.ParameterType); $w.WriteEndElement()
        if (-not $inSyntax) { Write-Leaf dev defaultValue $default }
        $w.WriteEndElement()
    }
    function TypeList([string] $list, [string] $item, $entries) {
        Open-Element command $list
        foreach ($e in @($entries)) {
            if ($null -eq $e) { continue }
            Open-Element command $item; Open-Element dev type; Write-Leaf maml name $e.Type; $w.WriteEndElement(); Description $e.Description; $w.WriteEndElement()
        }
        $w.WriteEndElement()
    }

    $w.WriteStartDocument()
    $w.WriteComment(' Generated by build.ps1 from module/help/*.psd1 and the compiled cmdlets. Edit those, not this file. ')
    $w.WriteStartElement('helpItems', 'http://msh'); $w.WriteAttributeString('schema', 'maml')
    $missing = @()
    foreach ($command in Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name) {
        $source = Join-Path $SourceDir "$($command.Name).psd1"
        if (-not (Test-Path $source)) { $missing += $command.Name; continue }
        $doc = Import-PowerShellDataFile $source
        $docParams = if ($doc.ContainsKey('Parameters') -and $doc.Parameters) { $doc.Parameters } else { @{} }
        $own = @($command.Parameters.Values | Where-Object Name -notin $common)
        foreach ($name in $docParams.Keys) {
            if ($name -notin $own.Name) { Write-Warning "module/help/$($command.Name).psd1 describes -$name, which $($command.Name) does not have." }
        }
        foreach ($p in $own) {
            if (-not $docParams.ContainsKey($p.Name)) { Write-Warning "module/help/$($command.Name).psd1 does not describe -$($p.Name)." }
        }

        Open-Element command command
        foreach ($prefix in 'maml', 'command', 'dev') { $w.WriteAttributeString('xmlns', $prefix, $null, $ns[$prefix]) }
        Open-Element command details
        Write-Leaf command name $command.Name; Write-Leaf command verb $command.Verb; Write-Leaf command noun $command.Noun
        Description $doc['Synopsis']
        $w.WriteEndElement()
        Description $doc['Description']

        # One syntax item per parameter set, the default first; positional, then mandatory, then the rest.
        Open-Element command syntax
        $sets = @($command.ParameterSets | Sort-Object { -not $_.IsDefault })
        foreach ($set in $sets) {
            Open-Element command syntaxItem
            Write-Leaf maml name $command.Name
            $ps = @($set.Parameters | Where-Object Name -notin $common)
            $ordered = @($ps | Where-Object Position -ge 0 | Sort-Object Position) + @($ps | Where-Object { $_.Position -lt 0 -and $_.IsMandatory }) + @($ps | Where-Object { $_.Position -lt 0 -and -not $_.IsMandatory })
            foreach ($p in $ordered) { ParameterElement $p $p.IsMandatory $p.Position $docParams[$p.Name] $true }
            $w.WriteEndElement()
        }
        $w.WriteEndElement()

        # Every parameter once: required only when every set that has it requires it.
        Open-Element command parameters
        foreach ($p in $own | Sort-Object Name) {
            $inSets = @($command.ParameterSets | ForEach-Object { $_.Parameters | Where-Object Name -eq $p.Name })
            $required = @($inSets | Where-Object { -not $_.IsMandatory }).Count -eq 0
            $position = @($inSets | Where-Object Position -ge 0 | Select-Object -First 1 -ExpandProperty Position)
            $first = $inSets[0]
            ParameterElement $first $required $(if ($position.Count) { $position[0] } else { $null }) $docParams[$p.Name] $false
        }
        $w.WriteEndElement()

        TypeList inputTypes inputType $(if ($doc.ContainsKey('Inputs')) { $doc.Inputs } else { @() })
        TypeList returnValues returnValue $(if ($doc.ContainsKey('Outputs')) { $doc.Outputs } else { @() })
        if ($doc.ContainsKey('Notes') -and $doc.Notes) { Open-Element maml alertSet; Open-Element maml alert; Paras $doc.Notes; $w.WriteEndElement(); $w.WriteEndElement() }

        Open-Element command examples
        foreach ($example in @($doc['Examples'])) {
            Open-Element command example
            Write-Leaf maml title "-------------------------- $($example.Title) --------------------------"
            Write-Leaf dev code ($example.Code.Trim() -replace "`r`n", "`n")
            Open-Element dev remarks; Paras $example.Remarks; Write-Leaf maml para ''; $w.WriteEndElement()  # the empty para spaces the examples apart
            $w.WriteEndElement()
        }
        $w.WriteEndElement()

        Open-Element command relatedLinks
        foreach ($link in @($(if ($doc.ContainsKey('Links')) { $doc.Links } else { @() }))) {
            Open-Element maml navigationLink; Write-Leaf maml linkText $link; Write-Leaf maml uri ''; $w.WriteEndElement()
        }
        $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()
    $w.WriteEndDocument()
    $w.Dispose()
    foreach ($name in $missing) { Write-Warning "$name has no help: add module/help/$name.psd1." }
}

function Invoke-HelpBuild {
    # In a child process: importing the module here would keep its assemblies loaded in the build's session.
    param([string] $ManifestPath, [string] $ModuleDir)
    $helpDir = Join-Path $ModuleDir 'en-US'
    New-Item -ItemType Directory -Force -Path $helpDir | Out-Null
    $script = Join-Path $Out 'write-help.ps1'
    Set-Content -Path $script -Value "param([string] `$ManifestPath, [string] `$SourceDir, [string] `$OutFile)`n& { ${function:Write-MamlHelp} } @PSBoundParameters"
    Invoke-Native 'generating help' {
        dotnet (Join-Path $PSHOME 'pwsh.dll') -NoProfile -NonInteractive -File $script -ManifestPath $ManifestPath `
            -SourceDir (Join-Path $Root 'module/help') -OutFile (Join-Path $helpDir 'ToriiSalesforce.dll-Help.xml')
    }
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

    # module/ holds the shipped, uncompiled files: views and about topics; help/ is the source of the
    # cmdlet help, compiled to MAML below, not shipped as it is.
    Get-ChildItem (Join-Path $Root 'module') -Force | Where-Object Name -ne 'help' | Copy-Item -Destination $moduleDir -Recurse -Force

    $manifest = Get-Content -Raw (Join-Path $Root 'ToriiSalesforce.psd1')
    $manifest = $manifest -replace "ModuleVersion\s*=\s*'[^']*'", "ModuleVersion = '$version'"
    Set-Content -Path (Join-Path $moduleDir 'ToriiSalesforce.psd1') -Value $manifest -NoNewline
    Invoke-HelpBuild -ManifestPath (Join-Path $moduleDir 'ToriiSalesforce.psd1') -ModuleDir $moduleDir
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

        Write-Host "`nPrerequisites of the connected user:" -ForegroundColor Cyan
        Test-ToriiSfPermission | Format-Table | Out-Host

        Write-Host "`nLicences (user and feature licences; feature licences have no totals in Salesforce):" -ForegroundColor Cyan
        $licences = @(Get-ToriiSfLicense)
        $licences | Format-Table | Out-Host
        $licences | Export-Csv -Path (Join-Path $demoDir 'licences.csv') -NoTypeInformation

        Write-Host "`nThird-party apps connected over OAuth, most used first:" -ForegroundColor Cyan
        $apps = @(Get-ToriiSfOAuthApp | Where-Object { -not $_.IsSalesforceOwned } | Sort-Object Users -Descending)
        $apps | Select-Object -First 8 | Format-Table | Out-Host
        $apps | Export-Csv -Path (Join-Path $demoDir 'oauth-apps.csv') -NoTypeInformation

        Write-Host "`nLast real activity per user, from Login History and Event Log Files:" -ForegroundColor Cyan
        $activity = @(Get-ToriiSfUsage -Summary)
        $activity | Export-Csv -Path (Join-Path $demoDir 'usage.csv') -NoTypeInformation
        $activity | Sort-Object LastActivity | Select-Object -First 5 | Format-Table | Out-Host

        Write-Host "`nWhat acting on it would do (a read-only connection can preview with -WhatIf):" -ForegroundColor Cyan
        $cutoff = (Get-Date).ToUniversalTime().AddDays(-90)
        $users | Where-Object { $_.IsSupported -and $_.IsActive -and $_.LastLoginDate -and $_.LastLoginDate -lt $cutoff } |
            Select-Object -First 3 | Disable-ToriiSfUser -WhatIf

        Write-Host "`nFiles written to $demoDir" -ForegroundColor Green
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
    Invoke-Native 'dotnet build (emulator)' { dotnet build (Join-Path $Root 'tests/SalesforceEmulator') -c Release --nologo -v quiet -clp:NoSummary }
    $dll = Join-Path $Root 'bench/ToriiSalesforce.Bench/bin/Release/net10.0/ToriiSalesforce.Bench.dll'
    $emulator = Join-Path $Root 'tests/SalesforceEmulator/bin/Release/net10.0/SalesforceEmulator.dll'
    Invoke-Native 'benchmark' { dotnet $dll run --out (Join-Path $Root 'bench/results.md') --sizes '100,1024' --pwsh-mb 100 --pwsh (Join-Path $PSHOME 'pwsh.dll') --emulator $emulator }
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
