using System.Text;

namespace SalesforceEmulator.Rest;

/// <summary>
/// sobjects/EventLogFile/{Id}/LogFile: the CSV, generated as it is sent (a gigabyte file never sits in
/// memory), gzip when asked (by the compression middleware), and the faults tests ask for: a download
/// cut short, or a connection reset midway.
/// </summary>
internal static class LogFileEndpoint
{
    public static async Task Handle(HttpContext context, EmulatorState state, string version, string id)
    {
        if (DataAccess.Check(context, state, version, out var userId) is { } refused)
        {
            await refused.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        context.Items["sobject"] = "EventLogFile";
        var spec = state.Logs.Spec(id);
        if (spec is null || !(state.Org.Has(userId, "PermissionsViewEventLogFiles") || state.Org.Has(userId, "PermissionsViewAllData")))
        {
            await ErrorBodies.Rest(404, "NOT_FOUND", "The requested resource does not exist").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var (truncateAt, breakAt) = state.Faults.TakeLogFileFault();
        context.Response.ContentType = "text/csv";
        var limit = truncateAt ?? breakAt;
        await using var body = new LimitedStream(context.Response.Body, limit ?? long.MaxValue);
        await using (var writer = new StreamWriter(body, new UTF8Encoding(false), 1 << 16))
        {
            state.Logs.WriteCsv(writer, spec);
        }
        if (breakAt is not null) context.Abort(); // the client sees the connection reset, not a clean end
    }

    /// <summary>Passes bytes through up to a limit and silently drops the rest.</summary>
    private sealed class LimitedStream : Stream
    {
        private readonly Stream _inner;
        private long _remaining;

        public LimitedStream(Stream inner, long limit)
        {
            _inner = inner;
            _remaining = limit;
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => _inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _remaining);
            if (n <= 0) return;
            _remaining -= n;
            // Synchronous writes to the response body are refused by Kestrel; block on the async one.
            _inner.WriteAsync(buffer, offset, n).GetAwaiter().GetResult();
        }

        public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            var n = (int)Math.Min(count, _remaining);
            if (n <= 0) return;
            _remaining -= n;
            await _inner.WriteAsync(buffer.AsMemory(offset, n), cancellationToken).ConfigureAwait(false);
        }

        protected override void Dispose(bool disposing)
        {
            // The response body belongs to the server.
        }
    }
}
