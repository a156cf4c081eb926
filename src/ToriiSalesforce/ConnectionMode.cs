namespace ToriiSalesforce;

/// <summary>What a connection may do. Mirrors the engine's mode so that scripts never need an engine type.</summary>
public enum ConnectionMode
{
    /// <summary>Reads only. Commands that would change Salesforce refuse to run.</summary>
    ReadOnly = 0,

    /// <summary>May also change Salesforce (freeze, deactivate, revoke), each change behind -WhatIf/-Confirm.</summary>
    TakeAction = 1,
}
