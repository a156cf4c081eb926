namespace System.Runtime.CompilerServices;

// netstandard2.0 lacks this marker type; defining it lets the engine use init-only setters and records.
internal static class IsExternalInit
{
}
