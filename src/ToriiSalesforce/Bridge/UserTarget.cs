using ToriiSalesforce.Engine.Users;

namespace ToriiSalesforce.Bridge;

/// <summary>A user looked up for a change: what the cmdlet shows in -WhatIf and errors, and the engine record behind it.</summary>
internal sealed class UserTarget
{
    internal UserTarget(UserRecord record)
    {
        Record = record;
        User = UserBridge.ToUser(record);
    }

    public object Record { get; }
    public User User { get; }
}
