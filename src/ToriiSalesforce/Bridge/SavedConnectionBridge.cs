using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ToriiSalesforce.Engine.SavedConnections;
using EngineSaved = ToriiSalesforce.Engine.SavedConnections.SavedConnection;

namespace ToriiSalesforce.Bridge;

/// <summary>Lists and removes saved connections for the cmdlets; maps the engine's records to <see cref="SavedConnection"/>, which has no secret.</summary>
internal static class SavedConnectionBridge
{
    /// <summary>
    /// The store in the user's config folder. A new one per call, so TORII_CONFIG_HOME set in the
    /// session (a portable setup, a test) is honoured from then on.
    /// </summary>
    public static SavedConnectionStore OpenStore() => new();

    /// <summary>The folder saved connections live in.</summary>
    public static string Directory => SavedConnectionStore.DefaultDirectory();

    /// <summary>Every readable saved connection, sorted by name. Unreadable files are skipped with a warning by the engine.</summary>
    public static IReadOnlyList<SavedConnection> List()
    {
        var store = OpenStore();
        return Guard("read", store.Directory, () => store.List().Select(s => ToModel(s, store)).ToList());
    }

    /// <summary>Whether a saved connection of that name exists. An invalid name is an ArgumentException.</summary>
    public static bool Exists(string name) => File.Exists(OpenStore().PathOf(name));

    /// <summary>Deletes the saved connection's file; false when there was none.</summary>
    public static bool Remove(string name)
    {
        var store = OpenStore();
        return Guard("remove", store.Directory, () => store.Remove(name));
    }

    /// <summary>Runs a store operation, turning file-system and DPAPI failures into a <see cref="SavedConnectionException"/> with advice.</summary>
    internal static T Guard<T>(string what, string directory, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException ||
                                   ex is InvalidOperationException && ex.Message.IndexOf("DPAPI", StringComparison.Ordinal) >= 0)
        {
            throw Explain(what, directory, ex);
        }
    }

    /// <summary>The failure to read or write saved connections, with where and what to check.</summary>
    internal static SavedConnectionException Explain(string what, string directory, Exception ex) => ex is InvalidOperationException
        ? new SavedConnectionException(ex.Message, ex)
        : new SavedConnectionException($"Could not {what} saved connections in '{directory}': {ex.Message} Check that the folder belongs to you and is writable (on Linux and macOS the folder is kept at mode 0700 and its files at 0600).", ex);

    private static SavedConnection ToModel(EngineSaved s, SavedConnectionStore store) => new()
    {
        Name = s.Name,
        Flow = s.Flow.ToString(),
        ConnectedAs = s.ConnectedAs,
        OrgId = s.OrgId,
        LoginUrl = s.LoginUrl,
        ClientId = s.ClientId,
        Username = s.Username,
        CertificatePath = s.CertificatePath,
        Mode = ConnectionModes.FromEngine(s.Mode),
        ApiVersion = s.ApiVersion,
        SavedAt = s.SavedAt.ToUniversalTime(),
        Protection = s.Protection,
        Path = store.PathOf(s.Name),
    };
}
