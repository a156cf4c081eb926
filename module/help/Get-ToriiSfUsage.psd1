@{
    Synopsis    = 'Gets who used a Salesforce org and when: logins from LoginHistory, events from Event Log Files, or one row of activity per user.'
    Description = @(
        'Get-ToriiSfUsage reads usage from one of two sources. -Source LoginHistory streams every login, successful or not, as ToriiSalesforce.LoginEvent objects in LoginTime order: UserId (18 characters), Username, LoginTime (UTC), LoginType, Status, IsSuccess, Application, SourceIp, Browser, Platform, LoginUrl and ApiType. Salesforce keeps about six months of LoginHistory.'
        '-Source EventLogFile finds the Event Log Files of the event types given with -EventType (all types when omitted; press Tab for the known types), downloads each one and streams one ToriiSalesforce.EventLogEvent per row. Every event has the typed common properties EventType, Timestamp (UTC), UserId (18 characters), ClientIp, RequestId, SessionKey, LoginKey and Uri, then LogFileId, LogDate, Interval and Sequence, then every other column of the file under its own header name (RUN_TIME, LOGIN_STATUS, ...), typed by the file''s LogFileFieldTypes. Columns are found by name, never by position, so files from different Salesforce releases read alike, and Export-Csv of one event type gives one column per field.'
        'Several log files download at once (-ThrottleLimit, default 4) while events still come out in a stable order: by the files'' CreatedDate, then row by row. Memory stays flat however large a file is. A download that breaks off, or whose length differs from the file''s LogFileLength, is downloaded again and never written as a silent partial file; one that never completes ends in a non-terminating LOG_FILE_INCOMPLETE error naming the file. A row that cannot be read is a non-terminating MalformedEventLogRow error naming the file and the line, and the rest of the file still flows.'
        '-Interval Auto (the default) reads the hourly files of a day when the day has them and the daily file otherwise, so no day is counted twice; an org without hourly logs (no Event Monitoring add-on) simply gets daily files. Late files, and the extra Sequence parts Salesforce publishes for an hour hours later, are found by their CreatedDate.'
        'With -Checkpoint, the command remembers in a file what it already returned: for Event Log Files the cursor and the ids of the files already written (and how far into a file a stopped run got), for LoginHistory the last LoginTime. The file is replaced atomically, and only after a file''s events were all written. The next run with the same checkpoint returns only what is new; a run stopped midway (Ctrl+C, Select-Object -First) loses nothing and repeats nothing on the next run.'
        '-Summary returns one ToriiSalesforce.UserActivity per user, most recently active first: the last successful login, the last activity of any kind seen in LoginHistory or the Event Log Files, and counts by source (SuccessfulLogins, FailedLogins, LogEvents) and by event type (EventCounts). Failed logins are counted but are not activity. Pipe users in (Get-ToriiSfUser -Active | Get-ToriiSfUsage -Summary) to get a row for each of them, including those with no activity at all.'
        'Reading every user''s LoginHistory needs Manage Users or Monitor Login History; without either, Salesforce returns only the connected user''s own logins, and the command says so in a warning. Event Log Files need View Event Log Files with API Enabled, or View All Data. Without the Event Log File permission the command fails with EVENT_LOG_FILES_NOT_ACCESSIBLE, which names the permission and where to grant it; -Summary then warns and summarises LoginHistory alone, unless -Source EventLogFile was asked for.'
    )
    Parameters  = @{
        Source        = 'LoginHistory or EventLogFile: where usage is read from. With -Summary it limits the summary to that source; without it, -Summary reads both.'
        Summary       = 'Returns one row of activity per user instead of the logins or events.'
        Since         = 'Only logins or events at or after this time. A date or time without a time zone is read as local time. Log files are chosen by whole UTC days and their events outside the window are dropped.'
        Until         = 'Only logins or events before this time. A date or time without a time zone is read as local time. Must be later than -Since.'
        UserId        = 'Only these users: user Ids of 15 or 18 characters. Binds the Id or UserId property of piped objects, such as the output of Get-ToriiSfUser. Applies to LoginHistory and -Summary; Event Log Files cannot be filtered by user in Salesforce, so filter their events with Where-Object UserId.'
        SuccessOnly   = 'LoginHistory only: returns successful logins only.'
        EventType     = 'Event Log Files of these event types only (Login, Logout, API, RestApi, URI, Report, ...). Tab completion offers the types Salesforce documents; all types are read when omitted.'
        Interval      = @{ Description = 'Which Event Log Files to read for a day: Auto (hourly files where the day has them, daily otherwise), Hourly or Daily. Hourly fails with HOURLY_LOGS_UNAVAILABLE in an org without hourly logs.'; Default = 'Auto' }
        ThrottleLimit = @{ Description = 'How many log files download at once, from 1 to 16. Events still come out in file order.'; Default = '4' }
        Checkpoint    = 'Path of a checkpoint file that remembers what earlier runs returned, so this run returns only what is new. Created when missing; its folder must exist. Use one checkpoint per source and event-type selection.'
        Connection    = 'The connection to use, from Connect-ToriiSalesforce -PassThru. Default: the current connection. Without either, the command fails with the error NotConnected.'
    }
    Inputs = @(
        @{ Type = 'Objects with an Id or UserId property'; Description = 'Bound to -UserId by property name, for example the output of Get-ToriiSfUser. All piped users are read in one query.' }
    )
    Outputs = @(
        @{ Type = 'ToriiSalesforce.LoginEvent'; Description = 'With -Source LoginHistory: one object per login, in LoginTime order.' }
        @{ Type = 'ToriiSalesforce.EventLogEvent'; Description = 'With -Source EventLogFile: one object per row of each log file, with the common properties and every column of the file.' }
        @{ Type = 'ToriiSalesforce.UserActivity'; Description = 'With -Summary: one object per user.' }
    )
    Notes = @(
        'All times are UTC. Daily Event Log Files appear the day after the activity and hourly ones typically 3 to 6 hours after the hour, so a run shortly after midnight may not see yesterday yet; a checkpointed run picks such files up the next time.'
        'Windows PowerShell 5.1 writes a type line at the top of CSV files; add -NoTypeInformation to Export-Csv there.'
    )
    Examples = @(
        @{
            Title   = 'Example 1: Failed logins of the last week'
            Code    = @'
Get-ToriiSfUsage -Source LoginHistory -Since (Get-Date).AddDays(-7) | Where-Object { -not $_.IsSuccess } |
    Format-Table LoginTime, Username, Status, SourceIp
'@
            Remarks = 'Reads the last seven days of LoginHistory and shows the logins that failed, with the reason Salesforce gave.'
        }
        @{
            Title   = 'Example 2: Save yesterday''s API events to CSV'
            Code    = @'
$today = [DateTime]::UtcNow.Date
Get-ToriiSfUsage -Source EventLogFile -EventType API -Since $today.AddDays(-1) -Until $today |
    Export-Csv -Path api-events.csv -NoTypeInformation
'@
            Remarks = 'One row per API call, with one column per field of the API log file (METHOD_NAME, ENTITY_NAME, ROWS_PROCESSED, ...).'
        }
        @{
            Title   = 'Example 3: A scheduled job that collects only new login events'
            Code    = @'
Get-ToriiSfUsage -Source EventLogFile -EventType Login, Logout -Checkpoint C:\ToriiJobs\elf-checkpoint.json |
    Export-Csv -Path "C:\ToriiJobs\events-$(Get-Date -Format yyyyMMdd-HHmm).csv" -NoTypeInformation
'@
            Remarks = 'Each run writes only the events that earlier runs did not, including late files and extra hourly parts. If a run is interrupted, the next one carries on where it stopped, without repeating events.'
        }
        @{
            Title   = 'Example 4: Active users with no activity in 90 days'
            Code    = @'
$cutoff = (Get-Date).ToUniversalTime().AddDays(-90)
Get-ToriiSfUser -Active | Get-ToriiSfUsage -Summary |
    Where-Object { -not $_.LastActivity -or $_.LastActivity -lt $cutoff } |
    Sort-Object LastActivity | Format-Table Username, LastActivity, LastActivitySource, FailedLogins
'@
            Remarks = 'One row per active user, also for users Salesforce has seen nothing of. Failed logins do not count as activity.'
        }
    )
    Links = @('about_ToriiSalesforce', 'Import-ToriiSfEventLog', 'Get-ToriiSfUser', 'Test-ToriiSfPermission')
}
