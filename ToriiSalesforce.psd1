# Source manifest. build.ps1 stamps ModuleVersion from Directory.Build.props and copies this file into
# out/ToriiSalesforce/<version>/; import the built copy, never this one.
@{
    RootModule           = 'ToriiSalesforce.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0c7a0e-3f7d-4d8e-9a52-6c1f2b7d9e41'
    Author               = 'Torii'
    CompanyName          = 'Torii'
    Copyright            = '(c) Torii. All rights reserved.'
    Description          = 'Read-only inventory of a Salesforce org for admins: connect with OAuth, then list users with their licences, feature licences and sign-in dates as flat, CSV-ready objects.'

    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'

    # The engine and its dependencies load from dependencies/ through the module initializer, so
    # nothing is listed here: RequiredAssemblies and NestedModules would load before it runs.
    FormatsToProcess     = @('ToriiSalesforce.Format.ps1xml', 'ToriiSalesforce.Usage.Format.ps1xml', 'ToriiSalesforce.Inventory.Format.ps1xml')

    CmdletsToExport      = @(
        'Connect-ToriiSalesforce'
        'Disconnect-ToriiSalesforce'
        'Get-ToriiSfContext'
        'Get-ToriiSfUser'
        'Get-ToriiSfSavedConnection'
        'Remove-ToriiSfSavedConnection'
        'Test-ToriiSfPermission'
        'Get-ToriiSfUsage'
        'Import-ToriiSfEventLog'
        'Get-ToriiSfLicense'
        'Get-ToriiSfOAuthApp'
        'Get-ToriiSfOAuthToken'
        'Disable-ToriiSfUser'
        'Enable-ToriiSfUser'
        'Block-ToriiSfUser'
        'Unblock-ToriiSfUser'
        'Revoke-ToriiSfOAuthToken'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()

    PrivateData          = @{
        PSData = @{
            Tags       = @('Salesforce', 'Licenses', 'Users', 'SaaS', 'Inventory', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
        }
    }
}
