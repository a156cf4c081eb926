using System.IO;
using System.Net;
using System.Net.Http;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ToriiSalesforce.Engine.Http;

/// <summary>
/// Builds the retry policy every request goes through: transient failures (5xx, timeouts, resets) are
/// retried with jittered exponential backoff, Retry-After is honoured (capped), and the whole is bounded
/// in time. 4xx answers, REQUEST_LIMIT_EXCEEDED among them, are never retried here: retrying them only
/// spends more of the org's allocation.
/// </summary>
internal static class ResiliencePipelineFactory
{
    public static ResiliencePipeline<HttpResponseMessage> Create(ResilienceSettings settings)
    {
        return new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(settings.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<IOException>()
                    .HandleResult(IsTransient),
                DelayGenerator = args =>
                {
                    var retryAfter = RetryAfter(args.Outcome.Result);
                    if (retryAfter is null) return new ValueTask<TimeSpan?>((TimeSpan?)null);
                    var capped = retryAfter.Value > settings.MaxDelay ? settings.MaxDelay : retryAfter.Value;
                    return new ValueTask<TimeSpan?>(capped);
                },
                OnRetry = args =>
                {
                    var what = args.Outcome.Result is { } r ? $"HTTP {(int)r.StatusCode}" : args.Outcome.Exception?.GetType().Name ?? "failure";
                    Diagnostics.EngineLog.Verbose($"Transient {what}; retry {args.AttemptNumber + 1} of {settings.MaxRetries} in {args.RetryDelay.TotalSeconds:0.0}s.");
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .AddTimeout(settings.AttemptTimeout)
            .Build();
    }

    private static bool IsTransient(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        return status == 500 || status == 502 || status == 503 || status == 504 || status == 429;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header is null) return null;
        if (header.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
