using Chatbot.Core.Routing;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Routing;

/// <summary>Checks the "Routing" section at start; every message names the option to fix.</summary>
public sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        var failures = new List<string>();
        if (options.PassMilliseconds is < 50 or > 60_000)
            failures.Add("Routing:PassMilliseconds must be between 50 and 60000 (default 1000).");
        if (options.AcceptTimeoutSeconds is < 5 or > 3600)
            failures.Add("Routing:AcceptTimeoutSeconds must be between 5 and 3600 (default 60).");
        if (options.RetrySameOperatorAfterSeconds is < 0 or > 86_400)
            failures.Add("Routing:RetrySameOperatorAfterSeconds must be between 0 and 86400 (default 600).");
        if (options.LeaseSeconds is < 3 or > 600)
            failures.Add("Routing:LeaseSeconds must be between 3 and 600 (default 15).");
        else if (options.PassMilliseconds >= options.LeaseSeconds * 1000 / 3)
            failures.Add("Routing:PassMilliseconds must be shorter than a third of Routing:LeaseSeconds, or the lease lapses between passes.");
        if (options.DefaultCapacity is < 1 or > 100)
            failures.Add("Routing:DefaultCapacity must be between 1 and 100 (default 3).");
        foreach (var skill in options.DefaultSkills.Where(s => !RoutingQueues.IsValidId(s)))
            failures.Add($"Routing:DefaultSkills: '{skill}' is not a queue id (letters, digits, '-', '_', '.').");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Queues.Count; i++)
        {
            var queue = options.Queues[i];
            if (!RoutingQueues.IsValidId(queue.Id))
                failures.Add($"Routing:Queues:{i}:Id must be set to a queue id (letters, digits, '-', '_', '.'; at most 64).");
            else if (queue.Id == RoutingQueues.Supervisor)
                failures.Add($"Routing:Queues:{i}:Id: '{RoutingQueues.Supervisor}' is the supervisors' own queue; choose another id.");
            else if (!ids.Add(queue.Id))
                failures.Add($"Routing:Queues:{i}:Id: '{queue.Id}' is used twice.");
        }

        foreach (var (service, sla) in options.Sla)
        {
            if (sla.FirstResponseMinutes is < 1 or > 100_000)
                failures.Add($"Routing:Sla:{service}:FirstResponseMinutes must be between 1 and 100000 working minutes.");
            if (sla.ResolutionHours is < 1 or > 10_000)
                failures.Add($"Routing:Sla:{service}:ResolutionHours must be between 1 and 10000 working hours.");
        }

        for (var i = 0; i < options.PriorityRules.Count; i++)
        {
            var rule = options.PriorityRules[i];
            if (string.IsNullOrWhiteSpace(rule.Id))
                failures.Add($"Routing:PriorityRules:{i}:Id must be set (a name for the rule).");
            if (!Enum.IsDefined(rule.Kind))
                failures.Add($"Routing:PriorityRules:{i}:Kind must be Elderly, Field or Returned.");
            if (rule.Boost is < -PriorityRules.Max or > PriorityRules.Max)
                failures.Add($"Routing:PriorityRules:{i}:Boost must be between -100 and 100.");
            if (rule.Kind == PriorityRuleKind.Field && string.IsNullOrWhiteSpace(rule.Field))
                failures.Add($"Routing:PriorityRules:{i}:Field must name the case field a Field rule looks at (e.g. \"disabilitas\").");
            if (rule.Kind == PriorityRuleKind.Elderly && rule.MinAge is < 1 or > 150)
                failures.Add($"Routing:PriorityRules:{i}:MinAge must be between 1 and 150.");
        }

        foreach (var (user, profile) in options.Operators)
        {
            if (profile.Capacity is < 1 or > 100)
                failures.Add($"Routing:Operators:{user}:Capacity must be between 1 and 100.");
            foreach (var skill in profile.Skills.Where(s => !RoutingQueues.IsValidId(s)))
                failures.Add($"Routing:Operators:{user}:Skills: '{skill}' is not a queue id.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
