namespace Chatbot.Core.Routing;

/// <summary>One priority rule from configuration: when it matches, <see cref="Boost"/> is added to the item's priority.</summary>
public sealed record PriorityRule
{
    public required string Id { get; init; }

    public required PriorityRuleKind Kind { get; init; }

    public int Boost { get; init; } = 10;

    /// <summary>For <see cref="PriorityRuleKind.Field"/>: the case field's name.</summary>
    public string? Field { get; init; }

    /// <summary>For <see cref="PriorityRuleKind.Field"/>: the values that match; empty = any non-empty value.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>For <see cref="PriorityRuleKind.Elderly"/>: the age from which the rule matches (default 60, lansia).</summary>
    public int MinAge { get; init; } = 60;
}
