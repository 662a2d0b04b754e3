using Chatbot.Core.Cases;
using Chatbot.Core.Routing;

namespace Chatbot.Core.Tests.Routing;

public sealed class RoutingRulesTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 9, 9, 0, 0, TimeSpan.FromHours(7));

    private static OperatorStatus Op(string name, Presence presence = Presence.Tersedia, int load = 0, int capacity = 3, int idleMinutes = 0, string[]? skills = null, string? offer = null) => new()
    {
        UserName = name,
        Presence = presence,
        Load = load,
        Capacity = capacity,
        IdleSince = T0.AddMinutes(idleMinutes),
        Skills = skills ?? ["ktp-el"],
        PendingOfferId = offer,
    };

    public static TheoryData<string, OperatorStatus[], string?> Selections => new()
    {
        { "least busy first", [Op("a", load: 2), Op("b", load: 1), Op("c", load: 2)], "b" },
        { "then longest idle", [Op("a", load: 1, idleMinutes: 5), Op("b", load: 1, idleMinutes: 1), Op("c", load: 1, idleMinutes: 9)], "b" },
        { "then by name", [Op("b"), Op("a")], "a" },
        { "never offline or on a break", [Op("a", Presence.Offline), Op("b", Presence.Istirahat)], null },
        { "never without the skill", [Op("a", skills: ["ikd"]), Op("b", load: 2, skills: ["ikd", "ktp-el"])], "b" },
        { "never at capacity", [Op("a", load: 3), Op("b", load: 2, capacity: 2)], null },
        { "a pending offer takes room", [Op("a", load: 2, offer: "x"), Op("b", load: 2, capacity: 4)], "b" },
        { "excluded for this item", [Op("cooling"), Op("b", load: 2)], "b" },
        { "nobody", [], null },
    };

    [Theory]
    [MemberData(nameof(Selections))]
    public void Selects_the_best_available_operator(string why, OperatorStatus[] operators, string? expected)
    {
        var chosen = OperatorSelector.SelectBest(operators, "ktp-el", u => u == "cooling");
        Assert.True(expected == chosen?.UserName, why);
    }

    private static readonly PriorityRule[] Rules =
    [
        new() { Id = "lansia", Kind = PriorityRuleKind.Elderly, MinAge = 60, Boost = 20 },
        new() { Id = "disabilitas", Kind = PriorityRuleKind.Field, Field = "disabilitas", Values = ["ya", "yes"], Boost = 20 },
        new() { Id = "kembali", Kind = PriorityRuleKind.Returned, Boost = 10 },
        new() { Id = "ditandai", Kind = PriorityRuleKind.Field, Field = "kembali", Boost = 10 },
    ];

    public static TheoryData<string, PriorityFacts, int> Priorities => new()
    {
        { "nothing special", new PriorityFacts(), 0 },
        { "elderly (60 today)", new PriorityFacts { BirthDate = new DateOnly(1965, 6, 9) }, 20 },
        { "59 until tomorrow", new PriorityFacts { BirthDate = new DateOnly(1965, 6, 10) }, 0 },
        { "disability, any case", new PriorityFacts { Fields = new Dictionary<string, string> { ["disabilitas"] = " YA " } }, 20 },
        { "disability answered no", new PriorityFacts { Fields = new Dictionary<string, string> { ["disabilitas"] = "tidak" } }, 0 },
        { "came back (flag)", new PriorityFacts { Returned = true }, 10 },
        { "came back (field, any value)", new PriorityFacts { Fields = new Dictionary<string, string> { ["kembali"] = "1" } }, 10 },
        { "all and a base", new PriorityFacts { BasePriority = 5, Returned = true, BirthDate = new DateOnly(1940, 1, 1), Fields = new Dictionary<string, string> { ["disabilitas"] = "yes" } }, 55 },
        { "clamped", new PriorityFacts { BasePriority = 95, Returned = true }, 100 },
    };

    [Theory]
    [MemberData(nameof(Priorities))]
    public void Priority_is_the_base_plus_every_matching_rule(string why, PriorityFacts facts, int expected) =>
        Assert.True(expected == PriorityRules.Evaluate(facts, Rules, new DateOnly(2025, 6, 9)), why);

    [Fact]
    public void The_age_comes_from_the_NIK_of_the_subject()
    {
        // Born 15-08-1950 (a woman: day + 40).
        var elderly = new ServiceCase
        {
            Code = CaseCode.New(),
            Service = "s",
            Queue = "q",
            RequesterPhone = "+628",
            SubjectNik = "3672015508500001",
            FullName = "Siti",
            Status = CaseStatus.Baru,
            CreatedAt = T0,
        };
        var facts = PriorityRules.FactsOf(elderly, false, new DateOnly(2025, 6, 9));
        Assert.Equal(new DateOnly(1950, 8, 15), facts.BirthDate);
        Assert.Equal(20, PriorityRules.Evaluate(facts, Rules, new DateOnly(2025, 6, 9)));
    }

    [Fact]
    public void Higher_priority_first_then_the_longest_waiting()
    {
        WorkItem Item(string code, int priority, int minutesAgo) => new()
        {
            Ref = WorkItemRef.ForCase(code),
            Queue = "q",
            Service = "s",
            Priority = priority,
            WaitingSince = T0.AddMinutes(-minutesAgo),
        };

        var items = new[] { Item("A", 0, 10), Item("B", 10, 1), Item("C", 0, 50), Item("D", 10, 5) };
        Assert.Equal(["D", "B", "C", "A"], items.Order(WorkItemOrder.Comparer).Select(i => i.Ref.Id));
        Assert.Equal(["D", "B", "C", "A"], items.OrderBy(i => WorkItemOrder.Score(i.Priority, i.WaitingSince)).Select(i => i.Ref.Id));
    }

    [Fact]
    public void The_most_specific_queue_wins_and_unmatched_items_keep_their_fallback()
    {
        var catalog = new QueueCatalog(
        [
            new QueueDefinition("ktp-cibeber", "lapor-rekam-ktp", "Cibeber", "e-KTP Cibeber"),
            new QueueDefinition("ktp", "lapor-rekam-ktp", null, "e-KTP"),
            new QueueDefinition("jombang", null, "Jombang", "Kecamatan Jombang"),
            new QueueDefinition("petugas", RoutingQueues.HandoffService, null, "Tanya petugas"),
        ]);
        Assert.Equal("ktp-cibeber", catalog.Resolve("lapor-rekam-ktp", "cibeber ", "x"));
        Assert.Equal("ktp", catalog.Resolve("lapor-rekam-ktp", "Jombang", "x"));
        Assert.Equal("jombang", catalog.Resolve("aktivasi-ikd", "Jombang", "x"));
        Assert.Equal("ikd", catalog.Resolve("aktivasi-ikd", null, "ikd"));
        Assert.Equal("petugas", catalog.Resolve(RoutingQueues.HandoffService, null, "x"));
        Assert.Equal("e-KTP", catalog.NameOf("ktp"));
        Assert.Equal("ikd", catalog.NameOf("ikd"));
    }

    [Fact]
    public void A_work_item_key_round_trips_and_its_text_hides_the_number()
    {
        var conversation = WorkItemRef.ForConversation("+6281234567890");
        Assert.Equal(conversation, WorkItemRef.Parse(conversation.Key));
        Assert.Equal(WorkItemRef.ForCase("ABC234"), WorkItemRef.Parse("case:ABC234"));
        Assert.DoesNotContain("4567", conversation.ToString());
        Assert.False(WorkItemRef.TryParse("other:1", out _));
    }
}
