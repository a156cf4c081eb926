# Shared by the Pester suites: where the built module is, the emulator as a process, and a fresh
# pwsh for the scenarios that must not see this session's assemblies.

$script:RepoRoot = if ($env:TORII_REPO_ROOT) { $env:TORII_REPO_ROOT } else { (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path }

function Get-ModuleUnderTest {
    # build.ps1 -Task Test sets TORII_MODULE_PATH to the manifest it assembled; by hand, the newest build in out/.
    if ($env:TORII_MODULE_PATH) { return $env:TORII_MODULE_PATH }
    $built = Get-ChildItem (Join-Path $script:RepoRoot 'out/ToriiSalesforce') -Filter ToriiSalesforce.psd1 -Recurse -ErrorAction SilentlyContinue |
        Sort-Object LastWriteTime -Descending | Select-Object -First 1
    if (-not $built) { throw 'No built module: run "dotnet pwsh ./build.ps1 -Task Build" first, or set TORII_MODULE_PATH.' }
    return $built.FullName
}

function Start-TestEmulator {
    # Starts the emulator on a free loopback port and returns its process and the JSON line it prints when ready.
    param([int] $Users = 300)
    $configuration = if ($env:TORII_CONFIGURATION) { $env:TORII_CONFIGURATION } else { 'Release' }
    $dll = Join-Path $script:RepoRoot "tests/SalesforceEmulator/bin/$configuration/net10.0/SalesforceEmulator.dll"
    if (-not (Test-Path $dll)) { throw "The emulator is not built at $dll. Run: dotnet build tests/SalesforceEmulator -c $configuration" }
    $psi = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($a in $dll, '--port', '0', '--users', "$Users") { $psi.ArgumentList.Add($a) }
    $psi.RedirectStandardOutput = $true
    $psi.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($psi)
    $line = $process.StandardOutput.ReadLineAsync()
    if (-not $line.Wait([TimeSpan]::FromSeconds(60)) -or -not $line.Result) {
        if (-not $process.HasExited) { $process.Kill($true) }
        throw 'The emulator did not print its ready line within 60 seconds.'
    }
    [pscustomobject]@{ Process = $process; Info = ($line.Result | ConvertFrom-Json) }
}

function Connect-TestEmulator {
    # Connects the module, as an admin would with a saved refresh token, to an emulator from Start-TestEmulator.
    param([Parameter(Mandatory)] $Emulator)
    $info = $Emulator.Info
    $refresh = ConvertTo-SecureString $info.refreshToken -AsPlainText -Force
    Connect-ToriiSalesforce -ClientId $info.clientId -RefreshToken $refresh -LoginUrl $info.loginUrl
}

function Stop-TestEmulator {
    param($Emulator)
    if ($null -eq $Emulator) { return }
    if (-not $Emulator.Process.HasExited) { $Emulator.Process.Kill($true); $null = $Emulator.Process.WaitForExit(10000) }
    $Emulator.Process.Dispose()
}

function Invoke-FreshPwsh {
    # Runs a script in a new pwsh -NoProfile process (the same PowerShell as this one) and returns
    # what its last output line holds, parsed from JSON. Anything the script needs comes in $Arguments,
    # readable there as $Arguments.<name>.
    param([Parameter(Mandatory)] [string] $Script, [hashtable] $Arguments = @{})
    $json = ($Arguments | ConvertTo-Json -Compress -Depth 5).Replace("'", "''")
    $full = "`$ErrorActionPreference = 'Stop'`n`$Arguments = '$json' | ConvertFrom-Json`n$Script"
    $encoded = [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($full))
    $hostExe = (Get-Process -Id $PID).Path
    $pwshArgs = @('-NoProfile', '-NonInteractive', '-EncodedCommand', $encoded)
    # The pinned pwsh is a dotnet tool: this process is dotnet running pwsh.dll.
    if ([System.IO.Path]::GetFileNameWithoutExtension($hostExe) -eq 'dotnet') { $pwshArgs = @(Join-Path $PSHOME 'pwsh.dll') + $pwshArgs }
    $output = & $hostExe @pwshArgs 2>&1
    if ($LASTEXITCODE -ne 0) { throw "The child pwsh failed (exit $LASTEXITCODE):`n$($output -join "`n")" }
    $last = @($output | Where-Object { $_ -is [string] -and $_.Trim() }) | Select-Object -Last 1
    if (-not $last) { throw "The child pwsh wrote nothing:`n$($output -join "`n")" }
    return $last | ConvertFrom-Json
}
