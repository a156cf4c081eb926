using System;
using System.Collections.Generic;
using System.Management.Automation;
using ToriiSalesforce.Engine.EventLogs;
using EngineEvent = ToriiSalesforce.Engine.EventLogs.EventLogEvent;

namespace ToriiSalesforce.Bridge;

/// <summary>
/// Turns engine events into the objects the cmdlets write: a PSObject with the typed common
/// properties first, then every other column of the file as a note property under its header name,
/// so Export-Csv of one event type gives one column per field. Everything that depends only on the
/// file's columns (which columns to copy, under which names) is worked out once per file, so the
/// work per event is one object and one note property per value.
/// </summary>
internal sealed class EventLogObjectBuilder
{
    /// <summary>The columns the common properties are made from; copying them again would only repeat those values.</summary>
    private static readonly HashSet<string> CommonColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "EVENT_TYPE", "TIMESTAMP", "TIMESTAMP_DERIVED", "USER_ID", "USER_ID_DERIVED", "CLIENT_IP", "REQUEST_ID", "SESSION_KEY", "LOGIN_KEY", "URI",
    };

    /// <summary>The common properties, in output order. PowerShell property names ignore case, so a column may not reuse one.</summary>
    internal static readonly string[] CommonProperties =
    {
        "EventType", "Timestamp", "UserId", "ClientIp", "RequestId", "SessionKey", "LoginKey", "Uri", "LogFileId", "LogDate", "Interval", "Sequence",
    };

    private static readonly HashSet<string> Reserved = new(CommonProperties, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, string> _typeNames = new(StringComparer.Ordinal);
    private EventLogSchema? _schema;
    private string[] _names = Array.Empty<string>();
    private int[] _columns = Array.Empty<int>();

    /// <summary>The output object for one event.</summary>
    public PSObject Build(EngineEvent e)
    {
        if (!ReferenceEquals(e.Schema, _schema)) Prepare(e.Schema);

        var eventType = e.EventType;
        var result = new PSObject();
        var typeNames = result.TypeNames;
        typeNames.Insert(0, EventLogEvent.TypeName);
        if (eventType is not null) typeNames.Insert(0, SpecificTypeName(eventType));

        var source = e.Source;
        var properties = result.Properties;
        properties.Add(new PSNoteProperty("EventType", eventType));
        properties.Add(new PSNoteProperty("Timestamp", e.Timestamp));
        properties.Add(new PSNoteProperty("UserId", e.UserId));
        properties.Add(new PSNoteProperty("ClientIp", e.ClientIp));
        properties.Add(new PSNoteProperty("RequestId", e.RequestId));
        properties.Add(new PSNoteProperty("SessionKey", e.SessionKey));
        properties.Add(new PSNoteProperty("LoginKey", e.LoginKey));
        properties.Add(new PSNoteProperty("Uri", e.Uri));
        properties.Add(new PSNoteProperty("LogFileId", source.LogFileId));
        properties.Add(new PSNoteProperty("LogDate", source.LogDate));
        properties.Add(new PSNoteProperty("Interval", source.Interval));
        properties.Add(new PSNoteProperty("Sequence", source.Sequence));

        var values = e.Values;
        var names = _names;
        var columns = _columns;
        for (var i = 0; i < names.Length; i++) properties.Add(new PSNoteProperty(names[i], values[columns[i]]));
        return result;
    }

    /// <summary>Which columns become note properties: all but those behind the common properties, each name once.</summary>
    private void Prepare(EventLogSchema schema)
    {
        var names = new List<string>(schema.Columns.Count);
        var columns = new List<int>(schema.Columns.Count);
        var taken = new HashSet<string>(Reserved, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < schema.Columns.Count; i++)
        {
            var name = schema.Columns[i];
            if (CommonColumns.Contains(name)) continue;
            // A nameless column still gets a property, so no value is lost.
            if (string.IsNullOrWhiteSpace(name)) name = "Column" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!taken.Add(name)) continue; // a repeated header, or one that would shadow a common property
            names.Add(name);
            columns.Add(i);
        }
        _names = names.ToArray();
        _columns = columns.ToArray();
        _schema = schema;
    }

    private string SpecificTypeName(string eventType)
    {
        if (!_typeNames.TryGetValue(eventType, out var name))
        {
            name = EventLogEvent.TypeName + "#" + eventType;
            _typeNames[eventType] = name;
        }
        return name;
    }
}
