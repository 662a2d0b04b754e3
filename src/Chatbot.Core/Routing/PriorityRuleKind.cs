namespace Chatbot.Core.Routing;

/// <summary>What a priority rule looks at.</summary>
public enum PriorityRuleKind
{
    /// <summary>The subject is at least <see cref="PriorityRule.MinAge"/> years old (from the NIK's birth date).</summary>
    Elderly,

    /// <summary>A case field (e.g. "disabilitas") has one of <see cref="PriorityRule.Values"/> (case-insensitive; any non-empty value when none are given).</summary>
    Field,

    /// <summary>The item came back to a queue (handed back or transferred by an operator).</summary>
    Returned,
}
