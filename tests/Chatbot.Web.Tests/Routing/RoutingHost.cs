using Chatbot.Core.Accounts;
using Chatbot.Core.Cases;
using Chatbot.Core.Ports;
using Chatbot.Core.Routing;
using Chatbot.Testing;
using Chatbot.Web.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Web.Tests.Routing;

/// <summary>The real host with routing over the real Redis, a hand-moved clock and fast passes.</summary>
internal sealed class RoutingHost : IAsyncDisposable
{
    /// <summary>Monday 2 June 2025, 09:00 WIB: inside dialogs/bot.json's working hours.</summary>
    public static readonly DateTimeOffset Monday = new(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private RoutingHost(ChatbotAppFactory factory, ManualTime clock)
    {
        Factory = factory;
        Clock = clock;
    }

    public ChatbotAppFactory Factory { get; }

    public ManualTime Clock { get; }

    public RoutingService Routing => Factory.Get<RoutingService>();

    public RoutingEngine Engine => Factory.Get<RoutingEngine>();

    public static RoutingHost Start(RedisServerFixture redis, bool worker, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new ManualTime(Monday);
        var values = new Dictionary<string, string?>
        {
            ["Routing:Enabled"] = worker ? "true" : "false",
            ["Routing:PassMilliseconds"] = "100",
            ["Routing:LeaseSeconds"] = "3",
            ["Routing:AcceptTimeoutSeconds"] = "60",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var factory = new ChatbotAppFactory(redis, values, services =>
        {
            // Until the host wires routing itself (HostingExtensions), the tests add it.
            if (!services.Any(d => d.ServiceType == typeof(RoutingService))) services.AddChatbotRouting(configuration);
            services.AddSingleton<TimeProvider>(clock);
        });
        _ = factory.Server; // starts the host (and the worker)
        return new RoutingHost(factory, clock);
    }

    public static RoutingActor Operator(string name) => new(name, OperatorRole.Operator);

    public static RoutingActor Supervisor(string name) => new(name, OperatorRole.Supervisor);

    /// <summary>A case waiting in ktp-el, filed <paramref name="minutesAgo"/> by <paramref name="phone"/> (else a new number).</summary>
    public async Task<ServiceCase> OpenCaseAsync(string nik, int minutesAgo = 0, string kecamatan = "Cibeber", string? phone = null)
    {
        var draft = new ServiceCase
        {
            Code = CaseCode.New(),
            Service = "lapor-rekam-ktp",
            Queue = "ktp-el",
            RequesterPhone = phone ?? "+62812" + Random.Shared.NextInt64(10_000_000, 99_999_999),
            SubjectNik = nik,
            FullName = "Budi Santoso",
            Status = CaseStatus.Baru,
            CreatedAt = Clock.GetUtcNow().AddMinutes(-minutesAgo),
            Fields = new Dictionary<string, string> { ["kecamatan"] = kecamatan },
        };
        return (await Factory.Get<ICaseStore>().OpenOrJoinAsync(draft)).Case;
    }

    public static WorkItemRef RefOf(ServiceCase serviceCase) => WorkItemRef.ForCase(serviceCase.Code.Value);

    public Task<RoutingOffer?> OfferOfAsync(string user) => Routing.GetMyOfferAsync(Operator(user));

    public async Task<RoutingOffer> EventuallyOfferedAsync(string user)
    {
        RoutingOffer? offer = null;
        await Eventually.SucceedsAsync(async () => (offer = await OfferOfAsync(user)) is not null, TimeSpan.FromSeconds(10), $"an offer to {user}");
        return offer!;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
