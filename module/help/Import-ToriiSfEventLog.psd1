@{
    Synopsis    = 'Reads Event Log File CSVs downloaded from Salesforce into typed event objects, without connecting to Salesforce.'
    Description = @(
        'Import-ToriiSfEventLog reads Event Log File CSVs that were downloaded by hand (from the Event Log File Browser, Workbench or another tool) and writes the same ToriiSalesforce.EventLogEvent objects as Get-ToriiSfUsage -Source EventLogFile: EventType, Timestamp (UTC, from TIMESTAMP_DERIVED or TIMESTAMP), UserId (18 characters, from USER_ID_DERIVED or USER_ID extended with its checksum), ClientIp, RequestId, SessionKey, LoginKey and Uri, then every other column under its own header name. It needs no connection.'
        'Columns are found by their header names, so files of every Salesforce release read alike, including old files without TIMESTAMP_DERIVED or USER_ID_DERIVED. A file on disk has no LogFileFieldTypes, so time, number, id and address columns are recognised by their names and the rest stay text. LogFileId, LogDate, Interval and Sequence are empty, since a file on disk does not carry them. A file whose name ends in .gz is decompressed as it is read.'
        'Rows stream as the file is read, so memory stays flat however large the file is. A row that cannot be read is a non-terminating MalformedEventLogRow error naming the file and the line, and the rest of the file still flows; a path that names no file is a non-terminating FileNotFound error and the other files are still read.'
    )
    Parameters  = @{
        Path        = @{ Description = 'Paths of CSV files. Wildcards are allowed. Strings piped in bind here.'; Globbing = $true }
        LiteralPath = 'Paths of CSV files, used exactly as written (no wildcards). Files piped from Get-ChildItem bind here.'
    }
    Inputs = @(
        @{ Type = 'System.String'; Description = 'Paths, for -Path.' }
        @{ Type = 'System.IO.FileInfo'; Description = 'Files from Get-ChildItem, bound to -LiteralPath.' }
    )
    Outputs = @(
        @{ Type = 'ToriiSalesforce.EventLogEvent'; Description = 'One object per row of each file.' }
    )
    Notes = @(
        'Files of different event types have different columns. Export-Csv takes its columns from the first object, so export one event type at a time.'
    )
    Examples = @(
        @{
            Title   = 'Example 1: Read every downloaded log file in a folder'
            Code    = @'
Get-ChildItem -Path .\elf -Filter *.csv | Import-ToriiSfEventLog | Group-Object EventType -NoElement
'@
            Remarks = 'Counts the events of each type in the folder''s files.'
        }
        @{
            Title   = 'Example 2: Last login seen per user in downloaded Login files'
            Code    = @'
Import-ToriiSfEventLog -Path .\elf\*Login*.csv |
    Group-Object UserId | ForEach-Object { $_.Group | Sort-Object Timestamp | Select-Object -Last 1 } |
    Format-Table UserId, Timestamp, USER_NAME, LOGIN_STATUS
'@
            Remarks = 'Wildcards select the files. Timestamp is UTC, and UserId is 18 characters even in old files that only carry the 15-character USER_ID.'
        }
        @{
            Title   = 'Example 3: Convert a downloaded file to a clean CSV'
            Code    = @'
Import-ToriiSfEventLog -LiteralPath '.\elf\2025-10-01 API.csv' | Export-Csv -Path api-typed.csv -NoTypeInformation
'@
            Remarks = 'The output has the typed common columns first, times in UTC, followed by the file''s own columns.'
        }
    )
    Links = @('about_ToriiSalesforce', 'Get-ToriiSfUsage')
}
