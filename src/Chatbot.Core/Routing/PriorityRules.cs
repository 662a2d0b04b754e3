using Chatbot.Core.Cases;
using Chatbot.Core.Identity;

namespace Chatbot.Core.Routing;

/// <summary>The priority of a work item: its base priority plus the boost of every matching rule, clamped to ±100.</summary>
public static class PriorityRules
{
    public const int Max = 100;

    public static int Evaluate(PriorityFacts facts, IReadOnlyList<PriorityRule> rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(rules);
        var priority = facts.BasePriority;
        foreach (var rule in rules)
        {
            if (Matches(rule, facts, today)) priority += rule.Boost;
        }

        return Math.Clamp(priority, -Max, Max);
    }

    public static bool Matches(PriorityRule rule, PriorityFacts facts, DateOnly today) => rule.Kind switch
    {
        PriorityRuleKind.Elderly => facts.BirthDate is { } birth && AgeOn(birth, today) >= rule.MinAge,
        PriorityRuleKind.Field => rule.Field is not null
            && facts.Fields.TryGetValue(rule.Field, out var value)
            && !string.IsNullOrWhiteSpace(value)
            && (rule.Values.Count == 0 || rule.Values.Any(v => string.Equals(v.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase))),
        PriorityRuleKind.Returned => facts.Returned,
        _ => false,
    };

    /// <summary>The facts of a case: its priority, the subject's birth date from the NIK, its fields.</summary>
    public static PriorityFacts FactsOf(ServiceCase serviceCase, bool returned, DateOnly today) => new()
    {
        BasePriority = serviceCase.Priority,
        BirthDate = Nik.TryParse(serviceCase.SubjectNik, today, out var nik, out _) ? nik.BirthDate : null,
        Fields = serviceCase.Fields,
        Returned = returned,
    };

    public static int AgeOn(DateOnly birth, DateOnly today)
    {
        var age = today.Year - birth.Year;
        if (today < birth.AddYears(age)) age--;
        return age;
    }
}
