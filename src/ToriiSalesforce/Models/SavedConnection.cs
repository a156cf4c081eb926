using System;

namespace ToriiSalesforce;

/// <summary>
/// One saved connection as Get-ToriiSfSavedConnection lists it: what it connects to and how, and how
/// its secrets are protected at rest. It never carries a secret: the refresh token, client secret and
/// certificate password stay in the file.
/// </summary>
public sealed class SavedConnection
{
    /// <summary>The name given to -SaveAs; Connect-ToriiSalesforce -Name takes it.</summary>
    public string Name { get; internal set; } = "";

    /// <summary>How it reconnects: RefreshToken (saved from a refresh-token, interactive or device sign-in), JwtBearer or ClientCredentials.</summary>
    public string Flow { get; internal set; } = "";

    /// <summary>The Salesforce username it connected as when it was saved.</summary>
    public string? ConnectedAs { get; internal set; }

    public string? OrgId { get; internal set; }

    /// <summary>The OAuth host it signs in through.</summary>
    public Uri? LoginUrl { get; internal set; }

    /// <summary>The connected app's consumer key (not a secret: it is part of every sign-in URL).</summary>
    public string? ClientId { get; internal set; }

    /// <summary>JWT bearer: the user to act as.</summary>
    public string? Username { get; internal set; }

    /// <summary>JWT bearer: the certificate file read at each reconnect.</summary>
    public string? CertificatePath { get; internal set; }

    public ConnectionMode Mode { get; internal set; }

    /// <summary>The API version pinned with -ApiVersion; empty means the newest both sides know.</summary>
    public string? ApiVersion { get; internal set; }

    /// <summary>When it was saved, in UTC.</summary>
    public DateTimeOffset SavedAt { get; internal set; }

    /// <summary>What protects its secrets at rest: DPAPI for the current user on Windows, a file only its owner can read (0600) elsewhere.</summary>
    public string Protection { get; internal set; } = "";

    /// <summary>The file that holds it.</summary>
    public string Path { get; internal set; } = "";

    public override string ToString() => Name;
}
