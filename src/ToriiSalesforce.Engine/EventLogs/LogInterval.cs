namespace ToriiSalesforce.Engine.EventLogs;

/// <summary>Which log files to read: hourly, daily, or hourly where a day has them and daily otherwise.</summary>
public enum LogInterval
{
    Auto,
    Hourly,
    Daily,
}
