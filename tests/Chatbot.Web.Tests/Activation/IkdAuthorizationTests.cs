using System.Net;
using System.Net.Http.Json;
using Chatbot.Core.Accounts;
using Chatbot.Testing;
using Chatbot.Web.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chatbot.Web.Tests.Activation;

/// <summary>Every /api/ikd endpoint: 401 without a session, 403 for a role it is not for, never a redirect; antiforgery on unsafe methods.</summary>
[Collection(WebCollection.Name)]
public sealed class IkdAuthorizationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    /// <summary>Method, path, and the roles allowed (O operator, S supervisor, A admin, C coordinator).</summary>
    public static TheoryData<string, string, string> Endpoints() => new()
    {
        { "GET", "/api/ikd/areas", "OSAC" },
        { "GET", "/api/ikd/sessions", "OSAC" },
        { "GET", "/api/ikd/sessions/SABCDEF", "OSAC" },
        { "GET", "/api/ikd/institutions", "OSA" },
        { "POST", "/api/ikd/institutions", "SA" },
        { "POST", "/api/ikd/sessions", "SA" },
        { "PUT", "/api/ikd/sessions/SABCDEF", "SA" },
        { "POST", "/api/ikd/sessions/SABCDEF/cancel", "SA" },
        { "POST", "/api/ikd/sessions/SABCDEF/remind", "SA" },
        { "GET", "/api/ikd/sessions/SABCDEF/bookings", "OSA" },
        { "GET", "/api/ikd/checkin/find?q=IKD-ABCDEF", "OSA" },
        { "POST", "/api/ikd/bookings/IKD-ABCDEF/outcome", "OSA" },
        { "GET", "/api/ikd/groups", "SAC" },
        { "POST", "/api/ikd/groups", "SAC" },
        { "GET", "/api/ikd/groups/UND-ABCDEF", "SAC" },
        { "POST", "/api/ikd/groups/UND-ABCDEF/cancel", "SAC" },
        { "GET", "/api/ikd/progress", "SA" },
        { "GET", "/api/ikd/progress.csv", "SA" },
    };

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_gets_401(string method, string path, string roles)
    {
        _ = roles;
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) };

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_role_is_let_in_or_gets_403(string method, string path, string roles)
    {
        foreach (var (letter, role) in new[] { ('O', OperatorRole.Operator), ('S', OperatorRole.Supervisor), ('A', OperatorRole.Admin), ('C', OperatorRole.Coordinator) })
        {
            using var client = role == OperatorRole.Coordinator
                ? await IkdTestData.CoordinatorAsync(app, IkdTestData.Name("c"), "pt-auth")
                : await ApiClient.SignInAsync(app, IkdTestData.Name(role.ToString().ToLowerInvariant()), role);
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) };
            request.Headers.Add("X-CSRF-TOKEN", await client.TokenAsync());

            using var response = await client.Http.SendAsync(request);

            if (roles.Contains(letter, StringComparison.Ordinal))
                Assert.True(response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized), $"{role} {method} {path}: {(int)response.StatusCode}");
            else
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} {method} {path}: {(int)response.StatusCode}, expected 403");
        }
    }

    [Fact]
    public async Task An_unsafe_method_without_the_antiforgery_header_is_400_and_creates_nothing()
    {
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);

        using var response = await supervisor.Http.PostAsJsonAsync("/api/ikd/institutions", new { name = "PT Tanpa Token" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain((await supervisor.GetJsonAsync("/api/ikd/institutions")).EnumerateArray(), i => i.GetProperty("id").GetString() == "pt-tanpa-token");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_ikd_api()
    {
        using var http = app.CreateClient();

        var paths = (await http.GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json")).GetProperty("paths");

        foreach (var path in new[]
        {
            "/api/ikd/areas", "/api/ikd/institutions", "/api/ikd/sessions", "/api/ikd/sessions/{id}", "/api/ikd/sessions/{id}/cancel",
            "/api/ikd/sessions/{id}/remind", "/api/ikd/sessions/{id}/bookings", "/api/ikd/checkin/find", "/api/ikd/bookings/{code}/outcome",
            "/api/ikd/groups", "/api/ikd/groups/{code}", "/api/ikd/groups/{code}/cancel", "/api/ikd/progress", "/api/ikd/progress.csv",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }
}
