using System.Globalization;
using System.Management.Automation;
using System.Net.Http.Headers;
using System.Text.Json;
using SalesforceEmulator;
using ToriiSalesforce.Tests.Infrastructure;

namespace ToriiSalesforce.Tests;

/// <summary>
/// Get-ToriiSfUsage as an admin uses it, against the emulator: logins from LoginHistory, events from
/// Event Log Files (hourly/daily choice, checkpoints, late files, stopped runs, broken downloads), the
/// Export-Csv shape of events, and the per-user summary. Expected values come from the emulator's own
/// data (its log-file catalogue, or LoginHistory read over raw REST), never from the module.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class UsageTests : IDisposable
{
    private readonly EmulatorFixture _emulator;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "torii-usage-cmdlet-" + Guid.NewGuid().ToString("N"));

    public UsageTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        EmulatorFixture.DropCurrentConnection();
        Directory.CreateDirectory(_dir);
    }

    public void Dispose()
    {
        EmulatorFixture.DropCurrentConnection();
        Directory.Delete(_dir, recursive: true);
    }

    private static Dictionary<string, object?> With(EmulatorServer server, params (string Name, object? Value)[] extra)
    {
        var variables = EmulatorFixture.VariablesFor(server);
        foreach (var (name, value) in extra) variables[name] = value;
        return variables;
    }

    private static ScriptResult Run(EmulatorServer server, string script, params (string Name, object? Value)[] extra) =>
        PowerShellRunner.Run(EmulatorFixture.ConnectWithRefreshToken + script, With(server, extra));

    /// <summary>An event's identity: the log file it came from and its request id (unique within a file in the emulator).</summary>
    private static (string File, string Request) Key(PSObject e) => ((string)e.Properties["LogFileId"].Value, (string)e.Properties["RequestId"].Value);

    private static object? Prop(PSObject o, string name) => o.Properties[name]?.Value;

    // ---------------------------------------------------------------- LoginHistory

    private sealed record RawLogin(string Id, string UserId, DateTimeOffset LoginTime, string Status);

    /// <summary>Every LoginHistory row the emulator holds, read over plain REST as any client would.</summary>
    private static async Task<List<RawLogin>> RawLoginHistory(EmulatorServer server)
    {
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.AccessToken);
        var rows = new List<RawLogin>();
        var next = "/services/data/v66.0/query?q=" + Uri.EscapeDataString("SELECT Id, UserId, LoginTime, Status FROM LoginHistory");
        while (next is not null)
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync(next));
            foreach (var r in doc.RootElement.GetProperty("records").EnumerateArray())
            {
                rows.Add(new RawLogin(r.GetProperty("Id").GetString()!, r.GetProperty("UserId").GetString()!,
                    DateTimeOffset.Parse(r.GetProperty("LoginTime").GetString()!, CultureInfo.InvariantCulture), r.GetProperty("Status").GetString()!));
            }
            next = doc.RootElement.TryGetProperty("nextRecordsUrl", out var url) ? url.GetString() : null;
        }
        return rows;
    }

    [Fact]
    public async Task LoginHistory_returns_the_orgs_logins_in_the_window_typed_in_utc_and_in_time_order()
    {
        var server = _emulator.Server;
        var raw = await RawLoginHistory(server);
        var since = server.Org.Now.UtcDateTime.Date.AddDays(-7);
        var until = server.Org.Now.UtcDateTime.Date.AddDays(-2);
        var expected = raw.Where(l => l.LoginTime >= since && l.LoginTime < until).Select(l => l.Id).OrderBy(i => i, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Contains(raw, l => l.LoginTime < since); // the window really cuts something off on both sides
        Assert.Contains(raw, l => l.LoginTime >= until);

        // -Since as local time (a DateTime of kind Local), -Until as UTC: both mean the same instants.
        var result = Run(server, "Get-ToriiSfUsage -Source LoginHistory -Since $Since.ToLocalTime() -Until $Until",
            ("Since", DateTime.SpecifyKind(since, DateTimeKind.Utc)), ("Until", DateTime.SpecifyKind(until, DateTimeKind.Utc)));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Null(result.Thrown);
        var logins = result.Objects<LoginEvent>();
        Assert.Equal(result.Output.Count, logins.Count);
        Assert.Equal(expected, logins.Select(l => l.Id).OrderBy(i => i, StringComparer.Ordinal).ToList());
        Assert.All(logins, l =>
        {
            Assert.Equal(TimeSpan.Zero, l.LoginTime.Offset);
            Assert.Equal(18, l.UserId!.Length);
            Assert.False(string.IsNullOrEmpty(l.Username));
            Assert.Equal(l.Status == "Success", l.IsSuccess);
        });
        Assert.Equal(logins.Select(l => l.LoginTime).OrderBy(t => t).ToList(), logins.Select(l => l.LoginTime).ToList());
        Assert.Contains(logins, l => !l.IsSuccess);
    }

    [Fact]
    public async Task SuccessOnly_drops_the_failed_logins_and_only_those()
    {
        var server = _emulator.Server;
        var raw = await RawLoginHistory(server);

        var result = Run(server, "Get-ToriiSfUsage -Source LoginHistory -SuccessOnly");

        Assert.Empty(result.Errors);
        var logins = result.Objects<LoginEvent>();
        Assert.All(logins, l => Assert.True(l.IsSuccess));
        Assert.Equal(raw.Where(l => l.Status == "Success").Select(l => l.Id).OrderBy(i => i, StringComparer.Ordinal),
            logins.Select(l => l.Id).OrderBy(i => i, StringComparer.Ordinal));
        Assert.True(raw.Count(l => l.Status != "Success") > 0);
    }

    [Fact]
    public async Task Users_piped_from_Get_ToriiSfUser_are_read_in_one_LoginHistory_query()
    {
        var server = _emulator.Server;
        var raw = await RawLoginHistory(server);
        var withLogins = raw.Select(l => l.UserId).Distinct().OrderBy(i => i, StringComparer.Ordinal).Take(3).ToArray();
        var before = server.Requests.QueryCalls("LoginHistory");

        var result = Run(server, "$UserIds | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Get-ToriiSfUsage -Source LoginHistory", ("UserIds", withLogins));

        Assert.Empty(result.Errors);
        var logins = result.Objects<LoginEvent>();
        Assert.Equal(raw.Where(l => withLogins.Contains(l.UserId)).Select(l => l.Id).OrderBy(i => i, StringComparer.Ordinal),
            logins.Select(l => l.Id).OrderBy(i => i, StringComparer.Ordinal));
        Assert.Equal(1, server.Requests.QueryCalls("LoginHistory") - before);
    }

    [Fact]
    public async Task Without_Manage_Users_or_Monitor_Login_History_the_own_logins_come_with_a_warning_naming_the_permissions()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 40);
        server.Org.SetPermission(server.AdminUserId, "PermissionsManageUsers", false);
        server.Org.SetPermission(server.AdminUserId, "PermissionsMonitorLoginHistory", false);

        foreach (var script in new[] { "Get-ToriiSfUsage -Source LoginHistory", "Get-ToriiSfUsage -Summary -Source LoginHistory" })
        {
            var result = Run(server, script);

            Assert.Empty(result.Errors);
            var warning = Assert.Single(result.Warnings);
            Assert.Contains("Manage Users", warning, StringComparison.Ordinal);
            Assert.Contains("Monitor Login History", warning, StringComparison.Ordinal);
            Assert.Contains("Setup > Permission Sets", warning, StringComparison.Ordinal);
        }
        // What Salesforce does return is still the user's own logins, and only those.
        var own = Run(server, "Get-ToriiSfUsage -Source LoginHistory").Objects<LoginEvent>();
        Assert.NotEmpty(own);
        Assert.All(own, l => Assert.Equal(server.AdminUserId, l.UserId));
    }

    [Fact]
    public void A_parameter_of_the_other_source_is_refused_before_any_call()
    {
        var result = Run(_emulator.Server,
            "try { Get-ToriiSfUsage -Source LoginHistory -EventType Login } catch { $_.FullyQualifiedErrorId }\n" +
            "try { Get-ToriiSfUsage -Source EventLogFile -SuccessOnly } catch { $_.FullyQualifiedErrorId }\n" +
            "try { Get-ToriiSfUsage -Source LoginHistory -UserId 'jane@acme.com' } catch { $_.FullyQualifiedErrorId }");

        var ids = result.Output.Select(o => o.BaseObject.ToString()).ToList();
        Assert.Equal(3, ids.Count);
        Assert.StartsWith("ParameterNotForSource,", ids[0]);
        Assert.StartsWith("ParameterNotForSource,", ids[1]);
        Assert.StartsWith("InvalidArgument,", ids[2]);
    }

    // ---------------------------------------------------------------- Event Log Files

    [Fact]
    public async Task Auto_gives_hourly_files_where_a_day_has_them_daily_elsewhere_and_never_a_day_twice()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 40);
        // A day with only a daily file (as for days before hourly logs were switched on).
        var oldDay = new DateTimeOffset(server.Org.Now.UtcDateTime.Date.AddDays(-5), TimeSpan.Zero);
        var onlyDaily = server.Logs.Add("Login", oldDay, "Daily", rows: 20);
        var files = server.Logs.Files.Where(f => f.EventType == "Login").ToList();
        var expectedFiles = files.Where(f => f.Interval == "Hourly" || f.Id == onlyDaily.Id).ToList();

        var result = Run(server, "Get-ToriiSfUsage -Source EventLogFile -EventType Login");

        Assert.Empty(result.Errors);
        var events = result.Output;
        Assert.Equal(expectedFiles.Sum(f => f.Rows), events.Count);
        Assert.Equal(events.Count, events.Select(Key).Distinct().Count());
        Assert.Equal(expectedFiles.Select(f => f.Id).OrderBy(i => i), events.Select(e => (string)Prop(e, "LogFileId")!).Distinct().OrderBy(i => i));
        // One interval per day: the hourly days never also bring their daily file.
        foreach (var day in events.GroupBy(e => ((DateTimeOffset)Prop(e, "LogDate")!).UtcDateTime.Date))
            Assert.Single(day.Select(e => (string)Prop(e, "Interval")!).Distinct());
        Assert.All(events.Where(e => (string)Prop(e, "LogFileId")! == onlyDaily.Id), e => Assert.Equal("Daily", Prop(e, "Interval")));
    }

    [Fact]
    public void Events_are_typed_with_utc_times_18_character_user_ids_and_every_column()
    {
        var result = Run(_emulator.Server, "Get-ToriiSfUsage -Source EventLogFile -EventType API -Interval Daily");

        Assert.Empty(result.Errors);
        Assert.NotEmpty(result.Output);
        foreach (var e in result.Output)
        {
            Assert.Equal("ToriiSalesforce.EventLogEvent#API", e.TypeNames[0]);
            Assert.Equal("ToriiSalesforce.EventLogEvent", e.TypeNames[1]);
            Assert.Equal("API", Prop(e, "EventType"));
            Assert.Equal(TimeSpan.Zero, Assert.IsType<DateTimeOffset>(Prop(e, "Timestamp")).Offset);
            Assert.Equal(18, ((string)Prop(e, "UserId")!).Length);
            Assert.IsType<double>(Prop(e, "RUN_TIME"));
            Assert.IsType<string>(Prop(e, "METHOD_NAME"));
            Assert.Equal("Daily", Prop(e, "Interval"));
            Assert.Equal(0, Prop(e, "Sequence"));
            var logDate = Assert.IsType<DateTimeOffset>(Prop(e, "LogDate"));
            var at = (DateTimeOffset)Prop(e, "Timestamp")!;
            Assert.True(at >= logDate && at < logDate.AddDays(1));
        }
    }

    [Fact]
    public void Since_and_Until_keep_only_the_events_inside_the_window_even_from_daily_files()
    {
        var server = _emulator.Server;
        var day = server.Logs.Files.Where(f => f.EventType == "Logout" && f.Interval == "Daily").Min(f => f.LogDate);
        var since = day.AddHours(6);
        var until = day.AddHours(18);

        var result = Run(server, "Get-ToriiSfUsage -Source EventLogFile -EventType Logout -Interval Daily -Since $Since -Until $Until",
            ("Since", since.UtcDateTime), ("Until", until.UtcDateTime));

        Assert.Empty(result.Errors);
        Assert.NotEmpty(result.Output);
        var all = Run(server, "Get-ToriiSfUsage -Source EventLogFile -EventType Logout -Interval Daily").Output;
        var expected = all.Where(e => (DateTimeOffset)Prop(e, "Timestamp")! >= since && (DateTimeOffset)Prop(e, "Timestamp")! < until).Select(Key).ToList();
        Assert.Equal(expected, result.Output.Select(Key).ToList());
    }

    [Fact]
    public async Task A_checkpoint_rerun_returns_nothing_new_and_a_late_file_comes_out_alone()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 40);
        var checkpoint = Path.Combine(_dir, "elf.json");
        const string Script = "Get-ToriiSfUsage -Source EventLogFile -EventType Logout -Checkpoint $Checkpoint";

        var first = Run(server, Script, ("Checkpoint", checkpoint));
        Assert.Empty(first.Errors);
        Assert.Equal(server.Logs.Files.Where(f => f.EventType == "Logout" && f.Interval == "Hourly").Sum(f => f.Rows), first.Output.Count);
        Assert.True(File.Exists(checkpoint));

        var second = Run(server, Script, ("Checkpoint", checkpoint));
        Assert.Empty(second.Errors);
        Assert.Empty(second.Output);

        // A late part of an hour already read, published after the first run.
        var hour = server.Logs.Files.First(f => f.EventType == "Logout" && f.Interval == "Hourly");
        var late = server.Logs.Add("Logout", hour.LogDate, "Hourly", sequence: 3, rows: 7, createdDate: DateTimeOffset.UtcNow);
        var third = Run(server, Script, ("Checkpoint", checkpoint));
        Assert.Empty(third.Errors);
        Assert.Equal(7, third.Output.Count);
        Assert.All(third.Output, e => Assert.Equal(late.Id, Prop(e, "LogFileId")));
        Assert.All(third.Output, e => Assert.Equal(3, Prop(e, "Sequence")));

        Assert.Empty(Run(server, Script, ("Checkpoint", checkpoint)).Output);
    }

    [Fact]
    public void A_run_stopped_by_Select_Object_First_inside_a_file_loses_and_repeats_nothing_on_the_next_run()
    {
        var server = _emulator.Server;
        var checkpoint = Path.Combine(_dir, "stopped.json");
        const string Read = "Get-ToriiSfUsage -Source EventLogFile -EventType URI -Interval Daily";
        var all = Run(server, Read).Output.Select(Key).ToList();
        var firstFileRows = server.Logs.Spec(all[0].File)!.Rows;
        Assert.True(firstFileRows > 30, "the stop must fall inside the first file");

        var part = Run(server, Read + " -Checkpoint $Checkpoint | Select-Object -First 30", ("Checkpoint", checkpoint));
        var rest = Run(server, Read + " -Checkpoint $Checkpoint", ("Checkpoint", checkpoint));

        Assert.Empty(part.Errors);
        Assert.Empty(rest.Errors);
        Assert.Equal(30, part.Output.Count);
        Assert.Equal(all, part.Output.Select(Key).Concat(rest.Output.Select(Key)).ToList());
    }

    [Fact]
    public void Streaming_Select_Object_First_stops_downloading()
    {
        var server = _emulator.Server;
        var files = server.Logs.Files.Count;
        var before = server.Requests.Count(e => e.Path.EndsWith("/LogFile", StringComparison.Ordinal));

        var result = Run(server, "Get-ToriiSfUsage -Source EventLogFile -ThrottleLimit 2 | Select-Object -First 5");
        Thread.Sleep(300);

        Assert.Empty(result.Errors);
        Assert.Equal(5, result.Output.Count);
        var downloads = server.Requests.Count(e => e.Path.EndsWith("/LogFile", StringComparison.Ordinal)) - before;
        Assert.True(files > 20);
        Assert.InRange(downloads, 1, 3);
    }

    [Fact]
    public async Task An_org_without_hourly_logs_reads_daily_files_without_asking_for_Interval()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Users = 40, Seed = 42, HourlyLogs = false });

        var result = Run(server, "Get-ToriiSfUsage -Source EventLogFile -EventType Login, API");

        Assert.Empty(result.Errors);
        Assert.Equal(server.Logs.Files.Where(f => f.EventType is "Login" or "API").Sum(f => f.Rows), result.Output.Count);
        Assert.All(result.Output, e => Assert.Equal("Daily", Prop(e, "Interval")));
        Assert.DoesNotContain(server.Requests.Entries, e => e.Soql?.Contains("Interval", StringComparison.OrdinalIgnoreCase) == true);

        var hourly = Run(server, "try { Get-ToriiSfUsage -Source EventLogFile -Interval Hourly; 'not reached' } catch { $_ }");
        var error = Assert.Single(hourly.Objects<ErrorRecord>());
        Assert.StartsWith("HOURLY_LOGS_UNAVAILABLE,", error.FullyQualifiedErrorId);
        Assert.Contains("-Interval Daily", error.ErrorDetails.Message);
    }

    [Fact]
    public void Export_Csv_of_one_event_type_gives_one_column_per_field_and_no_type_names()
    {
        var csv = Path.Combine(_dir, "login.csv");
        var result = Run(_emulator.Server,
            "Get-ToriiSfUsage -Source EventLogFile -EventType Login | Export-Csv -Path $Csv -NoTypeInformation\n" +
            "@(Import-Csv -Path $Csv).Count", ("Csv", csv));

        Assert.Empty(result.Errors);
        var lines = File.ReadAllLines(csv);
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToList();
        var common = new[] { "EventType", "Timestamp", "UserId", "ClientIp", "RequestId", "SessionKey", "LoginKey", "Uri", "LogFileId", "LogDate", "Interval", "Sequence" };
        var mapped = new[] { "EVENT_TYPE", "TIMESTAMP", "TIMESTAMP_DERIVED", "USER_ID", "USER_ID_DERIVED", "CLIENT_IP", "REQUEST_ID", "SESSION_KEY", "LOGIN_KEY", "URI" };
        var fields = SalesforceEmulator.EventLogs.EventTypeColumns.ByType["Login"].Select(c => c.Name).ToList();
        Assert.Equal(common.Concat(fields.Where(f => !mapped.Contains(f))), header);
        Assert.All(fields, f => Assert.True(header.Contains(f) || mapped.Contains(f)));
        Assert.Equal(lines.Length - 1, (int)result.Output.Single().BaseObject);
        Assert.True(lines.Length > 100);
        Assert.All(lines, line => Assert.DoesNotContain("System.", line));
        Assert.All(lines, line => Assert.DoesNotContain("@{", line));
    }

    [Fact]
    public async Task A_broken_download_is_retried_and_emitted_once_and_one_that_never_completes_is_an_error_naming_the_file()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 40);
        const string Read = "Get-ToriiSfUsage -Source EventLogFile -EventType Report -Interval Daily -ThrottleLimit 1";
        var expected = Run(server, Read).Output.Select(Key).ToList();
        Assert.NotEmpty(expected);

        server.Faults.BreakNextLogFiles(1, 1500);
        var broken = Run(server, Read);
        Assert.Empty(broken.Errors);
        Assert.Equal(expected, broken.Output.Select(Key).ToList());

        server.Faults.TruncateNextLogFile(900);
        var truncated = Run(server, Read);
        Assert.Empty(truncated.Errors);
        Assert.Equal(expected, truncated.Output.Select(Key).ToList());

        // Keeps breaking: every file ends in a non-terminating error naming it, and no row is written twice.
        server.Faults.BreakNextLogFiles(1000, 1500);
        var failing = Run(server, Read);
        server.Faults.Reset();
        Assert.Null(failing.Thrown);
        var reportFiles = server.Logs.Files.Where(f => f.EventType == "Report" && f.Interval == "Daily").Select(f => f.Id).OrderBy(i => i).ToList();
        Assert.Equal(reportFiles.Count, failing.Errors.Count);
        Assert.All(failing.Errors, e =>
        {
            Assert.StartsWith("LOG_FILE_INCOMPLETE,", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ReadError, e.CategoryInfo.Category);
            Assert.Contains((string)e.TargetObject, e.Exception.Message);
        });
        Assert.Equal(reportFiles, failing.Errors.Select(e => (string)e.TargetObject).OrderBy(i => i).ToList());
        Assert.Equal(failing.Output.Count, failing.Output.Select(Key).Distinct().Count());
    }

    [Fact]
    public void A_checkpoint_in_a_missing_folder_fails_before_any_call()
    {
        var before = _emulator.Server.Requests.Entries.Count;
        var result = Run(_emulator.Server, "try { Get-ToriiSfUsage -Source LoginHistory -Checkpoint $Checkpoint; 'not reached' } catch { $_ }",
            ("Checkpoint", Path.Combine(_dir, "no-such-folder", "cp.json")));

        var error = Assert.Single(result.Objects<ErrorRecord>());
        Assert.Single(result.Output);
        Assert.StartsWith("CheckpointUnusable,", error.FullyQualifiedErrorId);
        Assert.Contains("does not exist", error.Exception.Message);
        // Connecting costs calls; reading LoginHistory would add a query.
        Assert.DoesNotContain(_emulator.Server.Requests.Entries.Skip(before), e => e.SObject == "LoginHistory");
    }

    // ---------------------------------------------------------------- Summary

    [Fact]
    public async Task Summary_gives_one_row_per_user_with_last_login_from_successes_and_last_activity_from_the_logs()
    {
        var server = _emulator.Server;
        var raw = await RawLoginHistory(server);

        var result = Run(server, "Get-ToriiSfUsage -Summary -EventType API, Login");

        Assert.Empty(result.Errors);
        var rows = result.Objects<UserActivity>();
        Assert.Equal(rows.Count, rows.Select(r => r.UserId).Distinct().Count());
        foreach (var user in raw.GroupBy(l => l.UserId))
        {
            var row = rows.Single(r => r.UserId == user.Key);
            var successes = user.Where(l => l.Status == "Success").ToList();
            Assert.Equal(successes.Count, row.SuccessfulLogins);
            Assert.Equal(user.Count() - successes.Count, row.FailedLogins);
            Assert.Equal(successes.Count == 0 ? null : successes.Max(l => l.LoginTime), row.LastSuccessfulLogin);
        }
        Assert.Contains(rows, r => r.LogEvents > 0);
        Assert.All(rows, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.Username));
            Assert.NotNull(r.LastActivity);
            Assert.Equal(TimeSpan.Zero, r.LastActivity!.Value.Offset);
            Assert.True(r.LastSuccessfulLogin is null || r.LastActivity >= r.LastSuccessfulLogin);
            if (r.LogEvents > 0) Assert.Matches("^(API|Login)=", r.EventCounts);
        });
    }

    [Fact]
    public async Task Summary_of_piped_users_has_a_row_for_each_even_without_activity()
    {
        var server = _emulator.Server;
        var raw = await RawLoginHistory(server);
        var active = raw.Select(l => l.UserId).Distinct().OrderBy(i => i, StringComparer.Ordinal).Take(2).ToList();
        var idle = server.Org.Users.Where(u => u.UserType == "Standard" && !raw.Any(l => l.UserId == u.Id)).Select(u => u.Id).First();
        var ids = active.Append(idle).ToArray();

        var result = Run(server, "$UserIds | ForEach-Object { [pscustomobject]@{ UserId = $_ } } | Get-ToriiSfUsage -Summary -Source LoginHistory",
            ("UserIds", ids));

        Assert.Empty(result.Errors);
        var rows = result.Objects<UserActivity>();
        Assert.Equal(ids.OrderBy(i => i), rows.Select(r => r.UserId).OrderBy(i => i));
        var none = rows.Single(r => r.UserId == idle);
        Assert.Null(none.LastActivity);
        Assert.Equal(0, none.SuccessfulLogins + none.FailedLogins);
        Assert.Equal(server.Org.User(idle).Username, none.Username);
        Assert.All(rows, r => Assert.Equal(0, r.LogEvents));
    }

    [Fact]
    public async Task Summary_without_access_to_Event_Log_Files_warns_and_uses_LoginHistory()
    {
        await using var server = await EmulatorFixture.StartPrivateAsync(users: 40);
        server.Org.SetPermission(server.AdminUserId, "PermissionsViewEventLogFiles", false);
        server.Org.SetPermission(server.AdminUserId, "PermissionsViewAllData", false);

        var result = Run(server, "Get-ToriiSfUsage -Summary");

        Assert.Null(result.Thrown);
        Assert.Empty(result.Errors);
        Assert.Contains(result.Warnings, w => w.Contains("Event Log Files were not read", StringComparison.Ordinal));
        var rows = result.Objects<UserActivity>();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(0, r.LogEvents));

        // Asked for Event Log Files alone, the refusal is the answer, and it names the permission to grant.
        foreach (var script in new[] { "Get-ToriiSfUsage -Summary -Source EventLogFile", "Get-ToriiSfUsage -Source EventLogFile -EventType Login" })
        {
            var only = Run(server, "try { " + script + "; 'not reached' } catch { $_ }");
            var refused = Assert.Single(only.Output);
            var error = Assert.IsType<ErrorRecord>(refused.BaseObject);
            Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
            Assert.StartsWith("EVENT_LOG_FILES_NOT_ACCESSIBLE,", error.FullyQualifiedErrorId);
            Assert.Contains("View Event Log Files", error.ErrorDetails.Message);
            Assert.Contains("Setup > Permission Sets", error.ErrorDetails.RecommendedAction);
        }
    }
}
