using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Testing;
using Chatbot.Web.Tests.Api;

namespace Chatbot.Web.Tests.Activation;

/// <summary>/api/ikd/areas and /api/ikd/institutions.</summary>
[Collection(WebCollection.Name)]
public sealed class DirectoryApiTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Areas_come_with_their_wajib_ktp_and_target_for_staff_and_coordinators()
    {
        using var coordinator = await IkdTestData.CoordinatorAsync(app, IkdTestData.Name("hr"), "pt-x");

        var areas = (await coordinator.GetJsonAsync("/api/ikd/areas")).EnumerateArray().ToList();

        var ciwandan = areas.Single(a => a.GetProperty("id").GetString() == "ciwandan");
        Assert.Equal("Ciwandan", ciwandan.GetProperty("name").GetString());
        Assert.Equal(35300, ciwandan.GetProperty("wajibKtp").GetInt32());
        Assert.Equal(25m, ciwandan.GetProperty("targetPercent").GetDecimal());
    }

    [Fact]
    public async Task A_supervisor_adds_an_institution_once()
    {
        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);

        using var created = await supervisor.PostAsync("/api/ikd/institutions", new { name = "PT. Sritex  Sukoharjo" });
        using var again = await supervisor.PostAsync("/api/ikd/institutions", new { name = "PT Sritex Sukoharjo" });
        using var empty = await supervisor.PostAsync("/api/ikd/institutions", new { name = "  " });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("pt-sritex-sukoharjo", "PT. Sritex  Sukoharjo"), (body.GetProperty("id").GetString(), body.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("name", out _));
        Assert.Contains((await supervisor.GetJsonAsync("/api/ikd/institutions")).EnumerateArray(), i => i.GetProperty("id").GetString() == "pt-sritex-sukoharjo");
        Assert.Contains((await supervisor.GetJsonAsync("/api/audit")).EnumerateArray(), e => e.GetProperty("action").GetString() == "ikd.institutionCreated");
    }
}
