using System;

namespace ToriiSalesforce.Bridge;

/// <summary>The fixed facts of a session, copied out of the engine once when a connection is made.</summary>
internal sealed class ConnectionSnapshot
{
    public Guid Id { get; set; }
    public string OrgId { get; set; } = "";
    public Uri InstanceUrl { get; set; } = null!;
    public Uri? LoginUrl { get; set; }
    public string Username { get; set; } = "";
    public string UserId { get; set; } = "";
    public string UserType { get; set; } = "";
    public string ApiVersion { get; set; } = "";
    public ConnectionMode Mode { get; set; }
    public string AuthFlow { get; set; } = "";
    public bool CanRefresh { get; set; }
    public DateTimeOffset ConnectedAt { get; set; }
}
