using System.Text;
using ToriiSalesforce.Engine.EventLogs;
using ToriiSalesforce.Engine.Usage;

namespace ToriiSalesforce.Engine.Tests.Unit;

public class UsageSummarizerTests
{
    [Fact]
    public void A_failed_sign_in_in_the_Login_log_is_counted_but_is_not_activity()
    {
        const string csv =
            "\"EVENT_TYPE\",\"TIMESTAMP_DERIVED\",\"USER_ID_DERIVED\",\"LOGIN_STATUS\"\n" +
            "\"Login\",\"2026-11-01T08:00:00.000Z\",\"0055j000000000CAAQ\",\"LOGIN_NO_ERROR\"\n" +
            "\"Login\",\"2026-11-20T08:00:00.000Z\",\"0055j000000000CAAQ\",\"LOGIN_ERROR_INVALID_PASSWORD\"\n" +
            "\"Login\",\"2026-11-21T08:00:00.000Z\",\"0055j000000000DAAQ\",\"LOGIN_ERROR_INVALID_PASSWORD\"\n";
        var summary = new UsageSummarizer();
        using var reader = new StringReader(csv);
        foreach (var e in EventLogCsvReader.Read(reader, new EventLogSource { Name = "test" }, _ => { }, CancellationToken.None)) summary.Add(e);

        var rows = summary.Results().ToDictionary(r => r.UserId);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero), rows["0055j000000000CAAQ"].LastActivity);
        Assert.Equal(2L, rows["0055j000000000CAAQ"].LogEvents);
        Assert.Null(rows["0055j000000000DAAQ"].LastActivity); // only failed attempts: never active
        Assert.Equal(1L, rows["0055j000000000DAAQ"].LogEvents);
    }
}
