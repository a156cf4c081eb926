BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:ManifestPath = Get-ModuleUnderTest
    $script:Manifest = Import-PowerShellDataFile $ManifestPath
    $script:Module = Import-Module $ManifestPath -Force -PassThru
    $script:Dll = Join-Path (Split-Path $ManifestPath) 'ToriiSalesforce.dll'
}

AfterAll {
    Remove-Module ToriiSalesforce -Force -ErrorAction SilentlyContinue
}

Describe 'The module manifest' {
    It 'is valid' {
        { Test-ModuleManifest -Path $ManifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'loads the cmdlet assembly as its root module, with nothing loaded ahead of the module initializer' {
        $Manifest.RootModule | Should -Be 'ToriiSalesforce.dll'
        $Manifest.Keys | Should -Not -Contain 'RequiredAssemblies'
        $Manifest.Keys | Should -Not -Contain 'NestedModules'
    }

    It 'declares both editions and Windows PowerShell 5.1 on .NET Framework 4.7.2' {
        $Manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $Manifest.PowerShellVersion | Should -Be '5.1'
        $Manifest.DotNetFrameworkVersion | Should -Be '4.7.2'
        $Manifest.PrivateData.PSData.Tags | Should -Contain 'PSEdition_Desktop'
        $Manifest.PrivateData.PSData.Tags | Should -Contain 'PSEdition_Core'
        foreach ($os in 'Windows', 'Linux', 'MacOS') { $Manifest.PrivateData.PSData.Tags | Should -Contain $os }
    }

    It 'exports exactly the cmdlets the assembly defines, and no functions, variables or aliases' {
        # The cmdlet classes, read from the DLL itself rather than from what was exported.
        $assembly = [System.AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.Location -eq (Resolve-Path $Dll).Path }
        $inDll = $assembly.GetExportedTypes() |
            ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
            ForEach-Object { "$($_.VerbName)-$($_.NounName)" } | Sort-Object
        $inDll | Should -Not -BeNullOrEmpty
        @($Manifest.CmdletsToExport | Sort-Object) | Should -Be @($inDll)
        @($Module.ExportedCmdlets.Keys | Sort-Object) | Should -Be @($inDll)
        @($Manifest.FunctionsToExport).Count | Should -Be 0
        @($Manifest.VariablesToExport).Count | Should -Be 0
        @($Manifest.AliasesToExport).Count | Should -Be 0
    }

    It 'carries the version build.ps1 stamped from Directory.Build.props' {
        [xml] $props = Get-Content -Raw (Join-Path $RepoRoot 'Directory.Build.props')
        $version = @($props.Project.PropertyGroup | ForEach-Object { $_.ModuleVersion } | Where-Object { $_ })[0]
        $Module.Version | Should -Be ([version] $version)
    }
}
