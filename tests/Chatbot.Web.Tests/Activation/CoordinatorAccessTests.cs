using System.Net;
using System.Net.Http.Json;
using Chatbot.Core.Accounts;
using Chatbot.Testing;
using Chatbot.Web.Tests.Api;

namespace Chatbot.Web.Tests.Activation;

/// <summary>
/// A coordinator (an institution's HR) signs in to the same console but must reach nothing of citizens' cases,
/// conversations, queues, routing, the dashboard, accounts, media or the live stream (UU 27/2022).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CoordinatorAccessTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Phone = "+6281234500077";

    private readonly ChatbotAppFactory app = new(redis);

    public static TheoryData<string, string> StaffEndpoints() => new()
    {
        { "GET", "/api/cases" },
        { "GET", "/api/cases/ABC-234" },
        { "POST", "/api/cases/ABC-234/reveal-nik" },
        { "GET", "/api/conversations/" + Uri.EscapeDataString(Phone) },
        { "POST", "/api/conversations/" + Uri.EscapeDataString(Phone) + "/take-over" },
        { "GET", "/api/media?url=" + Uri.EscapeDataString("http://localhost/simulator/media/x") },
        { "GET", "/api/events" },
        { "GET", "/api/templates" },
        { "GET", "/api/canned-responses" },
        { "GET", "/api/queues" },
        { "POST", "/api/queues/ktp-el/pull" },
        { "GET", "/api/offers" },
        { "PUT", "/api/me/presence" },
        { "GET", "/api/operators" },
        { "GET", "/api/dashboard" },
        { "GET", "/api/cases.csv" },
        { "GET", "/api/audit" },
        { "GET", "/api/accounts" },
        { "POST", "/api/accounts" },
        { "GET", "/api/ikd/institutions" },
        { "GET", "/api/ikd/checkin/find?q=IKD-ABCDEF" },
        { "POST", "/api/ikd/bookings/IKD-ABCDEF/outcome" },
        { "GET", "/api/ikd/sessions/SABCDEF/bookings" },
        { "POST", "/api/ikd/sessions" },
        { "GET", "/api/ikd/progress" },
    };

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [MemberData(nameof(StaffEndpoints))]
    public async Task A_coordinator_gets_403_on_the_staff_endpoints(string method, string path)
    {
        using var coordinator = await IkdTestData.CoordinatorAsync(app, IkdTestData.Name("hr"), "pt-sritex");
        var token = await coordinator.TokenAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) };
        request.Headers.Add("X-CSRF-TOKEN", token);

        using var response = await coordinator.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_reads_who_they_are_and_the_antiforgery_token()
    {
        using var coordinator = await IkdTestData.CoordinatorAsync(app, "hr-me", "pt-sritex");

        var me = await coordinator.GetJsonAsync("/api/me");

        Assert.Equal("Coordinator", me.GetProperty("role").GetString());
        Assert.Equal("pt-sritex", me.GetProperty("institution").GetString());
        Assert.False(me.GetProperty("isSupervisor").GetBoolean());
    }

    [Fact]
    public async Task The_console_sends_a_coordinator_to_the_group_bookings_and_keeps_them_off_the_case_pages()
    {
        using var coordinator = await IkdTestData.CoordinatorAsync(app, "hr-console", "pt-sritex");

        using var home = await coordinator.Http.GetAsync("/console");
        using var casePage = await coordinator.Http.GetAsync("/console/kasus/ABC-234");
        using var dashboard = await coordinator.Http.GetAsync("/console/dasbor");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/console/ikd/groups", home.Headers.Location!.OriginalString);
        foreach (var refused in new[] { casePage, dashboard })
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/console", refused.Headers.Location!.OriginalString);
            Assert.DoesNotContain("ABC-234", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Operators_keep_their_console_and_api()
    {
        using var operatorClient = await ApiClient.SignInAsync(app, IkdTestData.Name("op"), OperatorRole.Operator);

        using var home = await operatorClient.Http.GetAsync("/console");
        using var cases = await operatorClient.GetAsync("/api/cases");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cases.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_signing_in_lands_on_the_group_bookings()
    {
        var password = await OperatorConsole.ConsoleTestAccounts.CreateAsync(app, "hr-login", OperatorRole.Coordinator, null, "pt-sritex");
        using var console = new OperatorConsole.ConsoleClient(app);

        using var login = await console.LoginAsync("hr-login", password);
        using var next = await console.Http.GetAsync(login.Headers.Location);

        Assert.Equal("/console", login.Headers.Location!.OriginalString);
        Assert.Equal("/console/ikd/groups", next.Headers.Location!.OriginalString);
    }
}
