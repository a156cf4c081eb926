namespace ToriiSalesforce.Engine.Auth;

/// <summary>
/// A token, client secret or key held in memory. It has no public way to print itself: ToString,
/// string interpolation and serializers all see a mask, so a secret cannot leak through a log line
/// or an exception message by accident. Only the engine reads the value, when it builds a request.
/// </summary>
public sealed class Secret
{
    private readonly string _value;

    public Secret(string value)
    {
        if (string.IsNullOrEmpty(value)) throw new ArgumentException("A secret cannot be empty.", nameof(value));
        _value = value;
    }

    internal string Reveal() => _value;

    /// <summary>True when both hold the same value; compares without exposing it.</summary>
    public bool Matches(Secret? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    public override string ToString() => "***";
}
