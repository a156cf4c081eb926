using System.Text.Json;
using SalesforceEmulator.Soql;

namespace SalesforceEmulator.Rest;

/// <summary>query and queryAll: parse, run, open a cursor, and serve pages of the batch size the first request fixed.</summary>
internal static class QueryEndpoint
{
    public static IResult Query(HttpContext context, EmulatorState state, string version, string? q)
    {
        if (DataAccess.Check(context, state, version, out var userId) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(q)) return ErrorBodies.Rest(400, "MALFORMED_QUERY", "A query string has to be specified");
        context.Items["soql"] = q;

        SoqlQuery parsed;
        QueryResult result;
        try
        {
            parsed = Parser.Parse(q, () => DateTimeOffset.UtcNow);
            context.Items["sobject"] = parsed.From;
            result = Evaluator.Run(parsed, new QueryContext { Org = state.Org, UserId = userId, Now = DateTimeOffset.UtcNow });
            context.Items["sobject"] = result.Object.Name;
        }
        catch (SoqlException ex)
        {
            return ErrorBodies.Rest(400, ex.ErrorCode, ex.Message);
        }

        if (result.CountOnly) return Page(new { totalSize = result.TotalSize }, result, null, 0, 0, version, state);

        var batch = BatchSize(context, result);
        var cursor = new QueryCursor { Locator = state.Cursors.NewLocator(), Result = result, BatchSize = batch, ApiVersion = version, SObject = result.Object.Name };
        return Serve(cursor, 0, state);
    }

    public static IResult More(HttpContext context, EmulatorState state, string version, string locatorAndOffset)
    {
        if (DataAccess.Check(context, state, version, out _) is { } refused) return refused;
        var dash = locatorAndOffset.LastIndexOf('-');
        var locator = dash > 0 ? locatorAndOffset[..dash] : locatorAndOffset;
        var cursor = state.Cursors.Get(locator);
        if (cursor is null || dash < 0 || !int.TryParse(locatorAndOffset[(dash + 1)..], out var offset) || offset < 0 || offset > cursor.Deliverable)
            return ErrorBodies.Rest(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
        context.Items["sobject"] = cursor.SObject;
        context.Items["soql"] = cursor.Result.Plan is null ? null : "(next page)";
        return Serve(cursor, offset, state);
    }

    /// <summary>Sforce-Query-Options: batchSize=n, clamped to 200..2000 (and the object's own maximum, 500 for OauthToken).</summary>
    private static int BatchSize(HttpContext context, QueryResult result)
    {
        var batch = 2000;
        var header = context.Request.Headers["Sforce-Query-Options"].ToString();
        foreach (var part in header.Split(',', ';'))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("batchSize", StringComparison.OrdinalIgnoreCase) && int.TryParse(kv[1].Trim(), out var n))
                batch = Math.Clamp(n, 200, 2000);
        }
        return Math.Min(batch, result.Object.MaxBatchSize);
    }

    private static IResult Serve(QueryCursor cursor, int offset, EmulatorState state)
    {
        var end = Math.Min(cursor.Deliverable, offset + cursor.BatchSize);
        var done = end >= cursor.Deliverable;
        if (!done) state.Cursors.Add(cursor);
        else state.Cursors.Close(cursor.Locator);
        var next = done ? null : $"/services/data/v{cursor.ApiVersion}/query/{cursor.Locator}-{end}";
        return Page(null, cursor.Result, next, offset, end, cursor.ApiVersion, state);
    }

    private static IResult Page(object? countOnly, QueryResult result, string? next, int from, int to, string version, EmulatorState state)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Json.Writer))
        {
            w.WriteStartObject();
            w.WriteNumber("totalSize", result.TotalSize);
            w.WriteBoolean("done", next is null);
            if (next is not null) w.WriteString("nextRecordsUrl", next);
            w.WriteStartArray("records");
            lock (state.Org.Store.Gate)
            {
                for (var i = from; i < to; i++)
                {
                    if (result.IsAggregate) RecordWriter.WriteAggregate(w, result.Rows[i]);
                    else RecordWriter.Write(w, result.Rows[i], result.Object, result.Plan, state.Org.Store, version);
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Results.Bytes(stream.ToArray(), "application/json;charset=UTF-8");
    }
}
