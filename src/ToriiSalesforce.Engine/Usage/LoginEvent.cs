namespace ToriiSalesforce.Engine.Usage;

/// <summary>One LoginHistory row (salesforce-api.md 5), times in UTC.</summary>
public sealed class LoginEvent
{
    public string Id { get; init; } = "";
    public string? UserId { get; init; }

    /// <summary>Filled in from User where the connected user can see it.</summary>
    public string? Username { get; init; }

    public DateTimeOffset LoginTime { get; init; }
    public string? LoginType { get; init; }
    public string? Status { get; init; }

    /// <summary>True when Status is "Success"; failed logins are not activity.</summary>
    public bool IsSuccess => string.Equals(Status, "Success", StringComparison.OrdinalIgnoreCase);

    public string? Application { get; init; }
    public string? SourceIp { get; init; }
    public string? Browser { get; init; }
    public string? Platform { get; init; }
    public string? LoginUrl { get; init; }
    public string? ApiType { get; init; }
}
