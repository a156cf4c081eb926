namespace SalesforceEmulator;

/// <summary>Faults tests ask for: 5xx bursts, sessions that expire after K requests, an exhausted daily limit, latency.</summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private int _failCount;
    private int _failStatus = 503;
    private int? _retryAfter;
    private int _expireAfter = -1;
    private int? _truncateNext;
    private int _breakCount;
    private int _breakAfter;

    internal Action? ExpireSessions { get; set; }
    internal Action? Exhaust { get; set; }
    internal Action? ResetUsage { get; set; }
    internal Action<long>? Spend { get; set; }

    public int LatencyMs { get; set; }

    /// <summary>The next <paramref name="count"/> data or OAuth requests fail with <paramref name="statusCode"/> (and Retry-After when given).</summary>
    public void FailNext(int count, int statusCode = 503, int? retryAfterSeconds = null)
    {
        lock (_gate)
        {
            _failCount = count;
            _failStatus = statusCode;
            _retryAfter = retryAfterSeconds;
        }
    }

    /// <summary>After <paramref name="requests"/> more authenticated data requests, every access token issued so far stops working.</summary>
    public void ExpireSessionsAfter(int requests)
    {
        lock (_gate) _expireAfter = requests;
        if (requests == 0)
        {
            lock (_gate) _expireAfter = -1;
            ExpireSessions?.Invoke();
        }
    }

    /// <summary>The daily API allocation is used up: data requests get 403 REQUEST_LIMIT_EXCEEDED.</summary>
    public void ExhaustDailyLimit() => Exhaust?.Invoke();

    /// <summary>Counts <paramref name="count"/> requests against the daily allocation, as another integration using the org would.</summary>
    public void SpendApiRequests(long count) => Spend?.Invoke(count);

    /// <summary>The next log-file download ends cleanly after <paramref name="bytes"/> bytes (shorter than LogFileLength).</summary>
    public void TruncateNextLogFile(int bytes)
    {
        lock (_gate) _truncateNext = bytes;
    }

    /// <summary>The next <paramref name="count"/> log-file downloads break off (connection reset) after <paramref name="bytes"/> bytes.</summary>
    public void BreakNextLogFiles(int count, int bytes)
    {
        lock (_gate)
        {
            _breakCount = count;
            _breakAfter = bytes;
        }
    }

    internal (int? TruncateAt, int? BreakAt) TakeLogFileFault()
    {
        lock (_gate)
        {
            if (_truncateNext is { } t)
            {
                _truncateNext = null;
                return (t, null);
            }
            if (_breakCount > 0)
            {
                _breakCount--;
                return (null, _breakAfter);
            }
            return (null, null);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _failCount = 0;
            _retryAfter = null;
            _expireAfter = -1;
            _truncateNext = null;
            _breakCount = 0;
        }
        LatencyMs = 0;
        ResetUsage?.Invoke();
    }

    /// <summary>Takes one pending failure, if any.</summary>
    internal (int Status, int? RetryAfter)? TakeFailure()
    {
        lock (_gate)
        {
            if (_failCount <= 0) return null;
            _failCount--;
            return (_failStatus, _retryAfter);
        }
    }

    /// <summary>Counts one authenticated data request against a pending expiry (the request that reaches zero still succeeds).</summary>
    internal void CountAuthenticatedRequest()
    {
        var expire = false;
        lock (_gate)
        {
            if (_expireAfter > 0)
            {
                _expireAfter--;
                if (_expireAfter == 0)
                {
                    _expireAfter = -1;
                    expire = true;
                }
            }
        }
        if (expire) ExpireSessions?.Invoke();
    }
}
