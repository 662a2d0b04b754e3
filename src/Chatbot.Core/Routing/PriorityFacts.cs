namespace Chatbot.Core.Routing;

/// <summary>What priority rules look at, taken from a case or a conversation.</summary>
public sealed record PriorityFacts
{
    /// <summary>The case's own priority (set by an operator), the base the rules add to.</summary>
    public int BasePriority { get; init; }

    /// <summary>The subject's birth date (from the NIK), when known.</summary>
    public DateOnly? BirthDate { get; init; }

    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    public bool Returned { get; init; }
}
