using Chatbot.Core.Accounts;
using Chatbot.Core.Routing;
using Chatbot.Dialogs.Catalog;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Routing;

/// <summary>
/// The office's routing set-up, put together once from the options and the dialog catalogue: the queues (configured,
/// plus each service's own queue and "petugas" for items no definition matches, plus "supervisor"), where cases wait
/// in the case store, the priority rules, the SLA targets, the office calendar and each operator's profile.
/// </summary>
public sealed class RoutingPlan
{
    public RoutingPlan(IOptions<RoutingOptions> options, DialogCatalog catalog)
    {
        Options = options.Value;
        Queues = new QueueCatalog(Options.QueueDefinitions());
        Rules = Options.EffectivePriorityRules();
        Clock = new SlaClock(new OfficeCalendar(
            catalog.Calendar.Zone,
            date => catalog.Calendar.HoursOn(date).Select(r => new WorkPeriod(r.Start, r.End)).ToList()));

        // Cases wait in the case store under (service, the service's queue); a transfer may have moved one to a routing queue's name.
        CaseSources = catalog.Services
            .SelectMany(s => new[] { s.Queue }
                .Concat(Queues.Queues.Where(q => q.Service is not null && string.Equals(q.Service, s.Id, StringComparison.OrdinalIgnoreCase)).Select(q => q.Id))
                .Where(q => !string.IsNullOrEmpty(q))
                .Select(q => (s.Id, q)))
            .Distinct()
            .ToList();

        // Configured queues, and each service's own queue where no definition catches its items.
        var ids = Queues.Queues.Select(q => q.Id).ToList();
        foreach (var service in catalog.Services)
        {
            var queue = Queues.Resolve(service.Id, null, service.Queue);
            if (!string.IsNullOrEmpty(queue) && !ids.Contains(queue)) ids.Add(queue);
        }

        var handoff = HandoffQueue;
        if (!ids.Contains(handoff)) ids.Add(handoff);
        OperatorQueues = ids.Where(id => id != RoutingQueues.Supervisor).ToList();
        AllQueues = [.. OperatorQueues, RoutingQueues.Supervisor];
    }

    public RoutingOptions Options { get; }

    public QueueCatalog Queues { get; }

    public IReadOnlyList<PriorityRule> Rules { get; }

    public SlaClock Clock { get; }

    /// <summary>The (service, case-store queue) pairs where waiting cases are found.</summary>
    public IReadOnlyList<(string Service, string Queue)> CaseSources { get; }

    /// <summary>Every queue an operator may serve (the default skills when none are configured).</summary>
    public IReadOnlyList<string> OperatorQueues { get; }

    /// <summary><see cref="OperatorQueues"/> and the supervisors' queue: what a supervisor sees.</summary>
    public IReadOnlyList<string> AllQueues { get; }

    /// <summary>The queue of the conversations waiting for an operator.</summary>
    public string HandoffQueue => Queues.Resolve(RoutingQueues.HandoffService, null, RoutingQueues.HandoffService);

    public SlaTarget SlaFor(string service) => Options.SlaFor(service);

    /// <summary>The operator's skills and capacity from configuration (<c>Routing:Operators</c>, else the defaults).</summary>
    public OperatorProfile ProfileOf(string userName)
    {
        var own = Options.Operators.GetValueOrDefault(userName);
        var skills = own is { Skills.Count: > 0 } ? own.Skills : Options.DefaultSkills.Count > 0 ? Options.DefaultSkills : OperatorQueues;
        return new OperatorProfile(skills.ToList(), own?.Capacity ?? Options.DefaultCapacity);
    }

    public static bool IsSupervisor(OperatorRole role) => RoleCapabilities.Allows(role, Capability.SuperviseQueues);

    /// <summary>The routing item of a waiting case: its queue (service and kecamatan), priority and waiting time.</summary>
    public WorkItem ItemOf(Chatbot.Core.Cases.ServiceCase serviceCase, DateTimeOffset now, bool returned = false)
    {
        var area = serviceCase.Fields.GetValueOrDefault(RoutingQueues.AreaField);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Clock.Calendar.Zone).DateTime);
        return new WorkItem
        {
            Ref = WorkItemRef.ForCase(serviceCase.Code.Value),
            Queue = Queues.Resolve(serviceCase.Service, area, serviceCase.Queue),
            Service = serviceCase.Service,
            Area = area,
            Priority = PriorityRules.Evaluate(PriorityRules.FactsOf(serviceCase, returned, today), Rules, today),
            WaitingSince = serviceCase.CreatedAt,
            FromSource = true,
        };
    }

    /// <summary>The routing item of a conversation waiting for an operator.</summary>
    public WorkItem ItemOf(WaitingConversation conversation, DateTimeOffset now, bool returned = false)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Clock.Calendar.Zone).DateTime);
        return new WorkItem
        {
            Ref = WorkItemRef.ForConversation(conversation.ConversationId),
            Queue = HandoffQueue,
            Service = RoutingQueues.HandoffService,
            Priority = PriorityRules.Evaluate(new PriorityFacts { Returned = returned }, Rules, today),
            WaitingSince = conversation.Since,
            FromSource = true,
        };
    }
}
