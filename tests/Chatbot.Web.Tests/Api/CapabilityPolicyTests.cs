using System.Net;
using System.Net.Http.Json;
using Chatbot.Core.Accounts;
using Chatbot.Testing;
using Chatbot.Web.Tests.Activation;

namespace Chatbot.Web.Tests.Api;

/// <summary>
/// The API's policies and the console's pages follow the one table (RoleCapabilities): for every role, an endpoint or
/// page of a capability the role lacks answers 403 (a page outside the console app's reach sends to /console), one it
/// has is not refused; GET /api/me lists the role's capabilities.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CapabilityPolicyTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly (Capability Needs, string Method, string Path)[] Endpoints =
    [
        (Capability.WorkCases, "GET", "/api/cases"),
        (Capability.WorkCases, "GET", "/api/queues"),
        (Capability.WorkCases, "GET", "/api/templates"),
        (Capability.ViewDashboard, "GET", "/api/dashboard"),
        (Capability.ViewDashboard, "GET", "/api/operators"),
        (Capability.ViewAudit, "GET", "/api/audit"),
        (Capability.ExportCases, "GET", "/api/cases.csv"),
        (Capability.ManageAccounts, "GET", "/api/accounts"),
        (Capability.ManageAccounts, "POST", "/api/accounts/nobody/deactivate"),
        (Capability.ViewIkdSessions, "GET", "/api/ikd/institutions"),
        (Capability.ViewIkdSessions, "GET", "/api/ikd/sessions/SABCDEF/bookings"),
        (Capability.ManageIkdSessions, "POST", "/api/ikd/sessions"),
        (Capability.ManageIkdSessions, "POST", "/api/ikd/institutions"),
        (Capability.CheckInIkd, "GET", "/api/ikd/checkin/find?q=IKD-ABCDEF"),
        (Capability.CheckInIkd, "POST", "/api/ikd/bookings/IKD-ABCDEF/outcome"),
        (Capability.ViewIkdProgress, "GET", "/api/ikd/progress"),
        (Capability.BookIkdGroups, "GET", "/api/ikd/groups"),
    ];

    private static readonly (Capability Needs, string Path)[] Pages =
    [
        (Capability.WorkCases, "/console/kasus/ABC-234"),
        (Capability.ViewDashboard, "/console/dasbor"),
        (Capability.ViewAudit, "/console/audit"),
        (Capability.ManageAccounts, "/console/akun"),
        (Capability.ViewIkdSessions, "/console/ikd/sessions"),
        (Capability.CheckInIkd, "/console/ikd/checkin"),
        (Capability.ViewIkdProgress, "/console/ikd/progress"),
        (Capability.BookIkdGroups, "/console/ikd/groups"),
    ];

    private readonly ChatbotAppFactory app = new(redis);

    public static TheoryData<OperatorRole> Roles() => new(Enum.GetValues<OperatorRole>());

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task The_api_refuses_with_403_exactly_what_the_table_denies(OperatorRole role)
    {
        using var client = await SignInAsync(role);
        var token = await client.TokenAsync();
        var wrong = new List<string>();

        foreach (var (needs, method, path) in Endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) };
            request.Headers.Add("X-CSRF-TOKEN", token);
            using var response = await client.Http.SendAsync(request);
            var allowed = RoleCapabilities.Allows(role, needs);
            var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
            if (allowed == refused) wrong.Add($"{method} {path} ({needs}): {(int)response.StatusCode}");
            if (!allowed && response.StatusCode != HttpStatusCode.Forbidden) wrong.Add($"{method} {path}: {(int)response.StatusCode}, not 403");
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task The_console_opens_exactly_the_pages_the_table_allows(OperatorRole role)
    {
        using var client = await SignInAsync(role);
        var wrong = new List<string>();

        foreach (var (needs, path) in Pages)
        {
            using var response = await client.GetAsync(path);
            var expected = RoleCapabilities.Allows(role, needs) ? HttpStatusCode.OK
                : RoleCapabilities.Allows(role, Capability.WorkCases) || path.StartsWith("/console/ikd/", StringComparison.Ordinal) ? HttpStatusCode.Forbidden
                : HttpStatusCode.Redirect;
            if (response.StatusCode != expected) wrong.Add($"{path} ({needs}): {(int)response.StatusCode}, expected {(int)expected}");
            if (expected == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString != "/console") wrong.Add($"{path}: sent to {response.Headers.Location}");
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task The_navigation_links_exactly_the_pages_the_table_allows(OperatorRole role)
    {
        using var client = await SignInAsync(role);
        using var start = await client.GetAsync(role == OperatorRole.Coordinator ? "/console/ikd/groups" : "/console");
        var html = await start.Content.ReadAsStringAsync();
        var nav = html[html.IndexOf("<nav id=\"nav\"", StringComparison.Ordinal)..];
        nav = nav[..nav.IndexOf("</nav>", StringComparison.Ordinal)];

        foreach (var (needs, path) in Pages.Where(p => p.Path != "/console/kasus/ABC-234").Append((Capability.WorkCases, "/console")))
        {
            Assert.Equal(RoleCapabilities.Allows(role, needs), nav.Contains($"href=\"{path}\"", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Me_lists_the_roles_capabilities(OperatorRole role)
    {
        using var client = await SignInAsync(role);

        var me = await client.GetJsonAsync("/api/me");

        var names = me.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(CapabilityNames.Of(RoleCapabilities.Of(role)), names);
        Assert.Equal(names.Contains("superviseQueues"), me.GetProperty("isSupervisor").GetBoolean());
        Assert.Equal(names.Contains("manageAccounts"), me.GetProperty("isAdmin").GetBoolean());
    }

    [Fact]
    public async Task An_operators_capabilities_are_named_as_the_console_reads_them()
    {
        using var client = await SignInAsync(OperatorRole.Operator);

        var me = await client.GetJsonAsync("/api/me");

        Assert.Equal(
            ["workCases", "viewIkdSessions", "checkInIkd", "seeEveryInstitution"],
            me.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()).ToList());
    }

    private async Task<ApiClient> SignInAsync(OperatorRole role) => role == OperatorRole.Coordinator
        ? await IkdTestData.CoordinatorAsync(app, IkdTestData.Name("hr"), "pt-sritex")
        : await ApiClient.SignInAsync(app, IkdTestData.Name(role.ToString().ToLowerInvariant()[..4]), role);
}
