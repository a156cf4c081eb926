namespace ToriiSalesforce.Engine;

/// <summary>What a connection may do. Cmdlets that change Salesforce refuse to run in ReadOnly.</summary>
public enum ConnectionMode
{
    ReadOnly = 0,
    TakeAction = 1,
}
