using System;

namespace ToriiSalesforce.Bridge;

/// <summary>A saved connection could not be read or written (file system, permissions, DPAPI); carries advice.</summary>
internal sealed class SavedConnectionException : Exception
{
    public SavedConnectionException(string message, Exception inner) : base(message, inner)
    {
    }
}
