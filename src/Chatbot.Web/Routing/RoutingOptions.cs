using Chatbot.Core.Routing;

namespace Chatbot.Web.Routing;

/// <summary>Settings of the "Routing" section: queues, offers, capacity, SLA targets and priority rules.</summary>
public sealed class RoutingOptions
{
    public const string SectionName = "Routing";

    /// <summary>The key of <see cref="Sla"/> used for services without their own targets.</summary>
    public const string DefaultSlaKey = "default";

    /// <summary>Runs the routing worker in this instance (one instance routes at a time, holding a lease).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker routes when nothing signals it (a presence change, an offer declined signal at once).</summary>
    public int PassMilliseconds { get; set; } = 1000;

    /// <summary>How long an operator has to accept an offer before it goes to the next operator (recorded against them).</summary>
    public int AcceptTimeoutSeconds { get; set; } = 60;

    /// <summary>After an operator lets an item's offer expire or declines it, the item is not offered to them again for this long.</summary>
    public int RetrySameOperatorAfterSeconds { get; set; } = 600;

    /// <summary>How long the routing lease lasts without renewal: another instance takes over routing after this.</summary>
    public int LeaseSeconds { get; set; } = 15;

    /// <summary>Most items an operator holds at once, unless <see cref="Operators"/> says otherwise.</summary>
    public int DefaultCapacity { get; set; } = 3;

    /// <summary>The queues of an operator without their own <see cref="Operators"/> entry; empty = every queue (supervisors also get "supervisor").</summary>
    public List<string> DefaultSkills { get; set; } = [];

    /// <summary>Queues per service and per area (kecamatan). Items no queue matches wait in their service's own queue (e.g. "ktp-el") or "petugas".</summary>
    public List<QueueOptions> Queues { get; set; } = [];

    /// <summary>Targets per service id ("lapor-rekam-ktp", "petugas" for conversations, "default" for the rest), in working time.</summary>
    public Dictionary<string, SlaOptions> Sla { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Priority rules; empty = elderly (60+) +20, disability field "disabilitas" +20, came back +10.</summary>
    public List<PriorityRuleOptions> PriorityRules { get; set; } = [];

    /// <summary>Per operator (user name): skills and capacity.</summary>
    public Dictionary<string, OperatorOptions> Operators { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan AcceptTimeout => TimeSpan.FromSeconds(AcceptTimeoutSeconds);

    public TimeSpan RetrySameOperatorAfter => TimeSpan.FromSeconds(RetrySameOperatorAfterSeconds);

    public TimeSpan Pass => TimeSpan.FromMilliseconds(PassMilliseconds);

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public IReadOnlyList<QueueDefinition> QueueDefinitions() =>
        Queues.Select(q => new QueueDefinition(q.Id, Blank(q.Service), Blank(q.Area), string.IsNullOrWhiteSpace(q.Name) ? q.Id : q.Name)).ToList();

    public IReadOnlyList<PriorityRule> EffectivePriorityRules() => PriorityRules.Count == 0
        ?
        [
            new PriorityRule { Id = "lansia", Kind = PriorityRuleKind.Elderly, MinAge = 60, Boost = 20 },
            new PriorityRule { Id = "disabilitas", Kind = PriorityRuleKind.Field, Field = "disabilitas", Values = ["ya", "yes", "true", "1"], Boost = 20 },
            new PriorityRule { Id = "kembali", Kind = PriorityRuleKind.Returned, Boost = 10 },
        ]
        : PriorityRules.Select(r => new PriorityRule { Id = r.Id, Kind = r.Kind, Boost = r.Boost, Field = r.Field, Values = r.Values, MinAge = r.MinAge }).ToList();

    public SlaTarget SlaFor(string service)
    {
        var options = Sla.GetValueOrDefault(service) ?? Sla.GetValueOrDefault(DefaultSlaKey) ?? new SlaOptions();
        return new SlaTarget(TimeSpan.FromMinutes(options.FirstResponseMinutes), TimeSpan.FromHours(options.ResolutionHours));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class QueueOptions
{
    public string Id { get; set; } = string.Empty;

    /// <summary>A service id (dialogs/services/{id}.json), "petugas" for conversations, or empty for any.</summary>
    public string? Service { get; set; }

    /// <summary>A kecamatan, or empty for any.</summary>
    public string? Area { get; set; }

    public string? Name { get; set; }
}

public sealed class SlaOptions
{
    /// <summary>Working minutes until an operator's first answer (default 240: half a working day).</summary>
    public int FirstResponseMinutes { get; set; } = 240;

    /// <summary>Working hours until the case is finished (default 40: a working week).</summary>
    public int ResolutionHours { get; set; } = 40;
}

public sealed class PriorityRuleOptions
{
    public string Id { get; set; } = string.Empty;

    public PriorityRuleKind Kind { get; set; }

    public int Boost { get; set; } = 10;

    public string? Field { get; set; }

    public List<string> Values { get; set; } = [];

    public int MinAge { get; set; } = 60;
}

public sealed class OperatorOptions
{
    public List<string> Skills { get; set; } = [];

    public int? Capacity { get; set; }
}
