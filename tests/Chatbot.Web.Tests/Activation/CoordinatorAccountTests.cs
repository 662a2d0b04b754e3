using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Web.Accounts;
using Chatbot.Web.Tests.Api;
using Microsoft.Extensions.Configuration;

namespace Chatbot.Web.Tests.Activation;

/// <summary>A coordinator's account always belongs to an institution: through the accounts API and the command line.</summary>
[Collection(WebCollection.Name)]
public sealed class CoordinatorAccountTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task An_admin_creates_a_coordinator_with_a_new_institution_by_its_name()
    {
        using var admin = await ApiClient.SignInAsync(app, IkdTestData.Name("ad"), OperatorRole.Admin);

        using var created = await admin.PostAsync("/api/accounts", new { userName = "hr-sritex", role = "Coordinator", displayName = "Rina (HR)", institution = "PT Sri Rejeki Isman" });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pt-sri-rejeki-isman", body.GetProperty("account").GetProperty("institution").GetString());
        Assert.Equal("PT Sri Rejeki Isman", (await app.Get<IInstitutions>().GetAsync("pt-sri-rejeki-isman"))!.Name);
        Assert.Equal("pt-sri-rejeki-isman", (await app.Get<IOperatorAccounts>().FindAsync("hr-sritex"))!.Institution);

        using var again = await admin.PostAsync("/api/accounts", new { userName = "hr-sritex-2", role = "Coordinator", institution = "pt-sri-rejeki-isman" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(await app.Get<IInstitutions>().ListAsync(), i => i.Id == "pt-sri-rejeki-isman");

        using var supervisor = await ApiClient.SignInAsync(app, IkdTestData.Name("sv"), OperatorRole.Supervisor);
        var audit = (await supervisor.GetJsonAsync("/api/audit")).EnumerateArray().ToList();
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "ikd.institutionCreated" && e.GetProperty("detail").GetString() == "pt-sri-rejeki-isman");
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "account.created" && e.GetProperty("detail").GetString() == "hr-sritex (Coordinator, pt-sri-rejeki-isman)");
    }

    [Fact]
    public async Task A_coordinator_without_an_institution_or_staff_with_one_is_refused()
    {
        using var admin = await ApiClient.SignInAsync(app, IkdTestData.Name("ad"), OperatorRole.Admin);

        using var noInstitution = await admin.PostAsync("/api/accounts", new { userName = "hr-none", role = "Coordinator" });
        using var staffWithOne = await admin.PostAsync("/api/accounts", new { userName = "op-inst", role = "Operator", institution = "PT X" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noInstitution.StatusCode);
        Assert.Equal("institutionRequired", (await noInstitution.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, staffWithOne.StatusCode);
        Assert.Equal("institutionNotAllowed", (await staffWithOne.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Null(await app.Get<IOperatorAccounts>().FindAsync("hr-none"));
        Assert.Null(await app.Get<IOperatorAccounts>().FindAsync("op-inst"));
    }

    [Fact]
    public async Task Create_operator_makes_a_coordinator_of_an_institution()
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString, ["Redis:KeyPrefix"] = app.KeyPrefix };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var (code, output, _) = await RunAsync(configuration, "create-operator", "hr-pemda", "Coordinator", "Bu Ani", "Sekretariat Daerah");
        var (missing, _, usage) = await RunAsync(configuration, "create-operator", "hr-nothing", "Coordinator");
        var (staff, _, _) = await RunAsync(configuration, "create-operator", "op-five", "Operator", "Nama", "Instansi");

        Assert.Equal(0, code);
        Assert.Contains("institution created: sekretariat-daerah (Sekretariat Daerah)", output, StringComparison.Ordinal);
        var account = await app.Get<IOperatorAccounts>().FindAsync("hr-pemda");
        Assert.Equal((OperatorRole.Coordinator, "Bu Ani", "sekretariat-daerah"), (account!.Role, account.DisplayName, account.Institution));
        Assert.Equal(2, missing);
        Assert.Contains("Coordinator [display name] <institution>", usage, StringComparison.Ordinal);
        Assert.Equal(2, staff);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(IConfiguration configuration, params string[] command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await OperatorCommands.RunAsync(command, configuration, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
