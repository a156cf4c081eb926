using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ToriiSalesforce.Engine.Auth;

namespace ToriiSalesforce.Engine.SavedConnections;

/// <summary>
/// Saved connections, one JSON file each under the user's config folder
/// (%APPDATA%\ToriiSalesforce\connections on Windows, $XDG_CONFIG_HOME or ~/.config/ToriiSalesforce/connections
/// elsewhere; TORII_CONFIG_HOME overrides the base for tests and portable setups). Files are written
/// atomically (temp file, then rename) and restricted before any secret goes in.
/// </summary>
public sealed class SavedConnectionStore
{
    private static readonly Regex ValidName = new("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant);
    private static readonly object WriteLock = new();

    public SavedConnectionStore(string? directory = null) => Directory = directory ?? DefaultDirectory();

    public string Directory { get; }

    public static string DefaultDirectory()
    {
        var overrideHome = Environment.GetEnvironmentVariable("TORII_CONFIG_HOME");
        string baseDir;
        if (!string.IsNullOrEmpty(overrideHome)) baseDir = overrideHome!;
        else if (SecretProtector.UsesDpapi) baseDir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "ToriiSalesforce");
        else
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            baseDir = Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".config") : xdg!, "ToriiSalesforce");
        }
        return Path.Combine(baseDir, "connections");
    }

    public static void ValidateName(string name)
    {
        if (name is null || !ValidName.IsMatch(name))
            throw new ArgumentException($"'{name}' is not a valid connection name. Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
    }

    public string PathOf(string name)
    {
        ValidateName(name);
        return Path.Combine(Directory, name + ".json");
    }

    public IEnumerable<SavedConnection> List()
    {
        if (!System.IO.Directory.Exists(Directory)) yield break;
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json").OrderBy(f => f, StringComparer.OrdinalIgnoreCase))
        {
            SavedConnection? saved;
            try
            {
                saved = Read(file);
            }
            catch (Exception ex) when (ex is JsonException or IOException or FormatException)
            {
                Diagnostics.EngineLog.Warning($"Skipping the unreadable saved connection file '{file}': {ex.Message}");
                continue;
            }
            yield return saved;
        }
    }

    public SavedConnection Load(string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
            throw new ArgumentException($"There is no saved connection named '{name}'. Get-ToriiSfSavedConnection lists them; Connect-ToriiSalesforce ... -SaveAs {name} creates it.");
        return Read(path);
    }

    public bool Remove(string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path)) return false;
        File.Delete(path);
        return true;
    }

    public void Save(SavedConnection connection)
    {
        ValidateName(connection.Name);
        if (connection.Flow == AuthFlow.AccessToken)
            throw new ArgumentException("An access-token connection cannot be saved: the token expires within hours and cannot be renewed. Save a refresh-token, interactive, device, JWT or client-credentials connection instead.");
        Write(connection);
    }

    /// <summary>Writes back a rotated refresh token so the next scheduled run uses the live one.</summary>
    public void UpdateRefreshToken(string name, Secret refreshToken)
    {
        lock (WriteLock)
        {
            var current = Load(name);
            Write(new SavedConnection
            {
                Name = current.Name, Flow = current.Flow, LoginUrl = current.LoginUrl, ClientId = current.ClientId, Username = current.Username,
                CertificatePath = current.CertificatePath, Mode = current.Mode, ApiVersion = current.ApiVersion, SavedAt = current.SavedAt,
                OrgId = current.OrgId, ConnectedAs = current.ConnectedAs,
                RefreshToken = refreshToken, ClientSecret = current.ClientSecret, CertificatePassword = current.CertificatePassword,
            });
        }
    }

    private void Write(SavedConnection c)
    {
        lock (WriteLock)
        {
            System.IO.Directory.CreateDirectory(Directory);
            FilePermissions.Set(Directory, FilePermissions.OwnerReadWriteExecute);

            var json = Serialize(c);
            var target = PathOf(c.Name);
            var temp = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            try
            {
                // Restrict the file while it is still empty, so no secret is ever readable by others.
                using (File.Create(temp)) { }
                FilePermissions.Set(temp, FilePermissions.OwnerReadWrite);
                File.WriteAllText(temp, json, new UTF8Encoding(false));
                if (File.Exists(target)) File.Replace(temp, target, null);
                else File.Move(temp, target);
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }
    }

    private static string Serialize(SavedConnection c)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("formatVersion", 1);
            w.WriteString("name", c.Name);
            w.WriteString("flow", c.Flow.ToString());
            w.WriteString("loginUrl", c.LoginUrl.ToString());
            WriteOptional(w, "clientId", c.ClientId);
            WriteOptional(w, "username", c.Username);
            WriteOptional(w, "certificatePath", c.CertificatePath);
            w.WriteString("mode", c.Mode.ToString());
            WriteOptional(w, "apiVersion", c.ApiVersion);
            w.WriteString("savedAt", c.SavedAt.ToUniversalTime().ToString("o", System.Globalization.CultureInfo.InvariantCulture));
            WriteOptional(w, "orgId", c.OrgId);
            WriteOptional(w, "connectedAs", c.ConnectedAs);
            w.WriteString("protection", SecretProtector.Description);
            WriteOptional(w, "refreshToken", c.RefreshToken is null ? null : SecretProtector.Protect(c.RefreshToken.Reveal()));
            WriteOptional(w, "clientSecret", c.ClientSecret is null ? null : SecretProtector.Protect(c.ClientSecret.Reveal()));
            WriteOptional(w, "certificatePassword", c.CertificatePassword is null ? null : SecretProtector.Protect(c.CertificatePassword.Reveal()));
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static SavedConnection Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var r = doc.RootElement;
        string? S(string n) => r.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        Secret? Secret(string n) => S(n) is { Length: > 0 } stored ? new Secret(SecretProtector.Unprotect(stored)) : null;

        return new SavedConnection
        {
            // The file name is the key every other operation uses (Load, Remove, -Name), so it wins over
            // the name inside: a copied or renamed file is listed under the name that reaches it.
            Name = Path.GetFileNameWithoutExtension(path),
            Flow = (AuthFlow)Enum.Parse(typeof(AuthFlow), S("flow") ?? "RefreshToken", ignoreCase: true),
            LoginUrl = new Uri(S("loginUrl") ?? LoginHosts.Production.ToString()),
            ClientId = S("clientId"),
            Username = S("username"),
            CertificatePath = S("certificatePath"),
            Mode = (ConnectionMode)Enum.Parse(typeof(ConnectionMode), S("mode") ?? "ReadOnly", ignoreCase: true),
            ApiVersion = S("apiVersion"),
            SavedAt = DateTimeOffset.TryParse(S("savedAt"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : default,
            OrgId = S("orgId"),
            ConnectedAs = S("connectedAs"),
            Protection = S("protection") ?? "",
            RefreshToken = Secret("refreshToken"),
            ClientSecret = Secret("clientSecret"),
            CertificatePassword = Secret("certificatePassword"),
        };
    }
}
