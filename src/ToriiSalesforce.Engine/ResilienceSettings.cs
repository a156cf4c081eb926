namespace ToriiSalesforce.Engine;

/// <summary>Bounds of the retry policy. Tests shorten the delays; production keeps the defaults.</summary>
public sealed record ResilienceSettings
{
    public static readonly ResilienceSettings Default = new();

    /// <summary>Retries after the first attempt for a transient failure (5xx, timeout, reset).</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>First backoff; grows exponentially with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>No single wait is longer, even when Retry-After asks for more.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>One attempt is abandoned (and retried) after this long.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>All attempts of one request together never take longer than this.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
