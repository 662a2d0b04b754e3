using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Testing;

namespace Chatbot.Web.Tests.Api;

/// <summary>Every endpoint of /api: anonymous 401, operators kept from supervisor pages, accounts for admins only, antiforgery on POST.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiAuthorizationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Phone = "+6281234500001";

    private readonly ChatbotAppFactory app = new(redis, ApiTestData.Templates);

    public static TheoryData<string, string> Endpoints() => new()
    {
        { "GET", "/api/me" },
        { "GET", "/api/antiforgery" },
        { "POST", "/api/me/password" },
        { "GET", "/api/events" },
        { "GET", "/api/cases" },
        { "GET", "/api/cases/ABC-234" },
        { "POST", "/api/cases/ABC-234/reveal-nik" },
        { "POST", "/api/cases/ABC-234/status" },
        { "POST", "/api/cases/ABC-234/notes" },
        { "GET", "/api/conversations/" + Uri.EscapeDataString(Phone) },
        { "POST", "/api/conversations/" + Uri.EscapeDataString(Phone) + "/take-over" },
        { "POST", "/api/conversations/" + Uri.EscapeDataString(Phone) + "/reply" },
        { "POST", "/api/conversations/" + Uri.EscapeDataString(Phone) + "/template" },
        { "POST", "/api/conversations/" + Uri.EscapeDataString(Phone) + "/hand-back" },
        { "POST", "/api/conversations/" + Uri.EscapeDataString(Phone) + "/transfer" },
        { "POST", "/api/conversations/" + Uri.EscapeDataString(Phone) + "/notes" },
        { "GET", "/api/media?url=" + Uri.EscapeDataString("http://localhost/simulator/media/x") },
        { "GET", "/api/templates" },
        { "GET", "/api/canned-responses" },
        { "GET", "/api/dashboard" },
        { "GET", "/api/cases.csv" },
        { "GET", "/api/audit" },
        { "GET", "/api/accounts" },
        { "POST", "/api/accounts" },
        { "POST", "/api/accounts/budi/deactivate" },
        { "POST", "/api/accounts/budi/reset-password" },
    };

    public static TheoryData<string> SupervisorEndpoints() => ["/api/dashboard", "/api/cases.csv", "/api/audit"];

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_gets_401_and_no_redirect(string method, string path)
    {
        using var http = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { }) : null };

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(SupervisorEndpoints))]
    public async Task An_operator_gets_403_on_supervisor_endpoints_and_a_supervisor_200(string path)
    {
        using var operatorClient = await ApiClient.SignInAsync(app, "op-" + Guid.NewGuid().ToString("N")[..6]);
        using var supervisor = await ApiClient.SignInAsync(app, "sv-" + Guid.NewGuid().ToString("N")[..6], OperatorRole.Supervisor);

        using var refused = await operatorClient.GetAsync(path);
        using var allowed = await supervisor.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Accounts_are_for_admins_only()
    {
        using var operatorClient = await ApiClient.SignInAsync(app, "op1", OperatorRole.Operator);
        using var supervisor = await ApiClient.SignInAsync(app, "sv1", OperatorRole.Supervisor);
        using var admin = await ApiClient.SignInAsync(app, "ad1", OperatorRole.Admin);

        foreach (var client in new[] { operatorClient, supervisor })
        {
            using var list = await client.GetAsync("/api/accounts");
            using var create = await client.PostAsync("/api/accounts", new { userName = "x1", role = "Operator" });
            using var deactivate = await client.PostAsync("/api/accounts/op1/deactivate");
            Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, deactivate.StatusCode);
        }

        var accounts = await admin.GetJsonAsync("/api/accounts");
        Assert.Contains(accounts.EnumerateArray(), a => a.GetProperty("userName").GetString() == "sv1");
        Assert.DoesNotContain("passwordHash", accounts.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_admin_creates_an_account_with_a_one_time_password_and_deactivates_it()
    {
        using var admin = await ApiClient.SignInAsync(app, "ad2", OperatorRole.Admin);

        using var created = await admin.PostAsync("/api/accounts", new { userName = "Sari", role = "Operator", displayName = "Sari Dewi" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var password = body.GetProperty("password").GetString()!;
        Assert.Equal("sari", body.GetProperty("account").GetProperty("userName").GetString());

        using var again = await admin.PostAsync("/api/accounts", new { userName = "sari", role = "Operator" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        using var sari = await ApiClient.SignInAsync(app, "sari", password, OperatorRole.Operator);
        Assert.Equal("Operator", (await sari.GetJsonAsync("/api/me")).GetProperty("role").GetString());

        using var deactivated = await admin.PostAsync("/api/accounts/sari/deactivate");
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        using var after = await sari.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);

        using var supervisor = await ApiClient.SignInAsync(app, "sv2", OperatorRole.Supervisor);
        var audit = (await supervisor.GetJsonAsync("/api/audit")).EnumerateArray().ToList();
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "account.created" && e.GetProperty("actor").GetString() == "ad2");
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "account.deactivated" && e.GetProperty("detail").GetString() == "sari");
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "account.signIn" && e.GetProperty("actor").GetString() == "sari");
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_header_is_400_and_changes_nothing()
    {
        using var admin = await ApiClient.SignInAsync(app, "ad3", OperatorRole.Admin);

        using var response = await admin.Http.PostAsJsonAsync("/api/accounts", new { userName = "nobody", role = "Operator" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("antiforgery", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.DoesNotContain((await admin.GetJsonAsync("/api/accounts")).EnumerateArray(), a => a.GetProperty("userName").GetString() == "nobody");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        using var http = app.CreateClient();

        var document = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/conversations/{id}/take-over", out _));
        Assert.True(paths.TryGetProperty("/api/cases/{code}/status", out _));
        Assert.False(paths.TryGetProperty("/twilio/whatsapp", out _));
    }
}
