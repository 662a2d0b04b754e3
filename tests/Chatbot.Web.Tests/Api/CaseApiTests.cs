using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Core.Cases;
using Chatbot.Core.Ports;
using Chatbot.Testing;

namespace Chatbot.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class CaseApiTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis, ApiTestData.Templates);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_case_shows_the_nik_masked_and_revealing_it_is_audited_without_the_nik()
    {
        var phone = ApiTestData.Phone();
        var @case = await ApiTestData.OpenCaseAsync(app, phone);
        using var agus = await ApiClient.SignInAsync(app, "agus");
        using var siti = await ApiClient.SignInAsync(app, "siti", OperatorRole.Supervisor);

        var shown = await agus.GetJsonAsync($"/api/cases/{@case.Code}");
        Assert.Equal("3672**********03", shown.GetProperty("maskedNik").GetString());
        Assert.DoesNotContain(ApiTestData.Nik, shown.GetRawText());
        Assert.DoesNotContain(ApiTestData.Nik, (await agus.GetJsonAsync("/api/cases")).GetRawText());

        using var reveal = await agus.PostAsync($"/api/cases/{@case.Code}/reveal-nik");
        Assert.Equal(HttpStatusCode.OK, reveal.StatusCode);
        Assert.Equal(ApiTestData.Nik, (await reveal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("nik").GetString());
        Assert.Contains("no-store", reveal.Headers.CacheControl!.ToString());

        var audit = await siti.GetJsonAsync("/api/audit");
        var entry = Assert.Single(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "case.nikRevealed");
        Assert.Equal("agus", entry.GetProperty("actor").GetString());
        Assert.Equal(@case.Code.ToString(), entry.GetProperty("caseCode").GetString());
        Assert.DoesNotContain(ApiTestData.Nik, audit.GetRawText());
    }

    [Fact]
    public async Task Status_changes_follow_the_lifecycle_and_are_audited()
    {
        var @case = await ApiTestData.OpenCaseAsync(app, ApiTestData.Phone());
        using var agus = await ApiClient.SignInAsync(app, "agus");

        using var skip = await agus.PostAsync($"/api/cases/{@case.Code}/status", new { status = "Dicetak" });
        using var process = await agus.PostAsync($"/api/cases/{@case.Code}/status", new { status = "Diproses", note = "berkas lengkap" });
        using var pickup = await agus.PostAsync($"/api/cases/{@case.Code}/status", new { status = "SiapDiambil" });
        using var reject = await agus.PostAsync($"/api/cases/{@case.Code}/status", new { status = "Ditolak" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, skip.StatusCode);
        Assert.Equal("illegalMove", (await skip.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, process.StatusCode);
        var changed = await process.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Diproses", changed.GetProperty("case").GetProperty("status").GetString());
        Assert.Contains(changed.GetProperty("case").GetProperty("notes").EnumerateArray(), n => n.GetProperty("text").GetString()!.Contains("berkas lengkap", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, pickup.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reject.StatusCode);
        Assert.Equal(CaseStatus.Diproses, (await app.Get<ICaseStore>().GetAsync(@case.Code))!.Status);

        var audit = await app.Get<IAuditLog>().ReadAsync(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1), 100);
        Assert.Contains(audit, e => e.Action == AuditActions.CaseStatus && e.CaseCode == @case.Code.ToString() && e.Detail == "Baru → Diproses");
    }

    [Fact]
    public async Task Refusing_and_cancelling_need_a_proper_reason_and_tell_the_citizen()
    {
        var phone = ApiTestData.Phone();
        await ApiTestData.SeedConversationAsync(app, phone, DateTimeOffset.UtcNow);
        var refused = await ApiTestData.OpenCaseAsync(app, phone, nik: "3672015708900070");
        var cancelled = await ApiTestData.OpenCaseAsync(app, ApiTestData.Phone(), nik: "3672015708900088");
        using var agus = await ApiClient.SignInAsync(app, "agus");

        using var tooShort = await agus.PostAsync($"/api/cases/{refused.Code}/status", new { status = "Ditolak", note = "ok" });
        using var refuse = await agus.PostAsync($"/api/cases/{refused.Code}/status", new { status = "Ditolak", note = "Foto bukti rekam tidak terbaca" });
        using var cancel = await agus.PostAsync($"/api/cases/{cancelled.Code}/status", new { status = "Dibatalkan" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        var problem = await tooShort.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalidReason", problem.GetProperty("code").GetString());
        Assert.Contains("note", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refuse.StatusCode);
        var told = await refuse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ditolak", told.GetProperty("case").GetProperty("status").GetString());
        Assert.True(told.GetProperty("citizenNotified").GetBoolean());
        Assert.False(told.GetProperty("asTemplate").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var template = await cancel.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(template.GetProperty("citizenNotified").GetBoolean());
        Assert.True(template.GetProperty("asTemplate").GetBoolean());
        var stored = (await app.Get<ICaseStore>().GetAsync(refused.Code))!;
        Assert.Equal((CaseStatus.Ditolak, "Foto bukti rekam tidak terbaca"), (stored.Status, stored.History[^1].Note));
        Assert.Equal(CaseStatus.Dibatalkan, (await app.Get<ICaseStore>().GetAsync(cancelled.Code))!.Status);
    }

    [Fact]
    public async Task The_csv_export_masks_the_nik_and_defuses_formulas()
    {
        await ApiTestData.OpenCaseAsync(app, ApiTestData.Phone(), "=HYPERLINK(\"http://evil.example\",\"klik\")", "3672015708900011");
        await ApiTestData.OpenCaseAsync(app, ApiTestData.Phone(), "@SUM(1+1)", "3672015708900029");
        await ApiTestData.OpenCaseAsync(app, ApiTestData.Phone(), "Siti \"Ani\" Aminah", "3672015708900037");
        using var siti = await ApiClient.SignInAsync(app, "siti", OperatorRole.Supervisor);

        using var response = await siti.GetAsync("/api/cases.csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("\"kode\",\"layanan\"", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\"", csv);
        Assert.Contains("\"'@SUM(1+1)\"", csv);
        Assert.Contains("\"Siti \"\"Ani\"\" Aminah\"", csv);
        Assert.DoesNotContain("3672015708900011", csv);
        Assert.Contains("\"3672**********11\"", csv);
        Assert.DoesNotContain(",\"=", csv);
        Assert.DoesNotContain(",\"@", csv);
    }

    [Fact]
    public async Task The_dashboard_counts_waiting_cases_per_queue_and_per_day()
    {
        await ApiTestData.OpenCaseAsync(app, ApiTestData.Phone(), nik: "3672015708900045");
        await ApiTestData.OpenCaseAsync(app, ApiTestData.Phone(), nik: "3672015708900053");
        using var siti = await ApiClient.SignInAsync(app, "siti", OperatorRole.Supervisor);

        var dashboard = await siti.GetJsonAsync("/api/dashboard");

        var queue = Assert.Single(dashboard.GetProperty("queues").EnumerateArray());
        Assert.Equal("ktp-el", queue.GetProperty("queue").GetString());
        Assert.Equal(2, queue.GetProperty("waiting").GetInt32());
        var days = dashboard.GetProperty("casesPerDay").EnumerateArray().ToList();
        Assert.Equal(30, days.Count);
        Assert.Equal(2, days[^1].GetProperty("cases").GetInt32());
    }

    [Fact]
    public async Task The_media_proxy_refuses_every_url_outside_the_providers_origin()
    {
        using var agus = await ApiClient.SignInAsync(app, "agus");

        foreach (var url in new[]
                 {
                     "https://evil.example/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
                     "http://localhost.evil.example/simulator/media/x",
                     "http://user:pass@localhost/simulator/media/x",
                     "file:///etc/passwd",
                     "javascript:alert(1)",
                     "/simulator/media/x",
                     "http://127.0.0.1:6379/",
                 })
        {
            using var response = await agus.GetAsync("/api/media?url=" + Uri.EscapeDataString(url));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Canned_responses_and_templates_are_listed_with_the_citizens_values()
    {
        var phone = ApiTestData.Phone();
        await ApiTestData.SeedConversationAsync(app, phone, DateTimeOffset.UtcNow);
        var @case = await ApiTestData.OpenCaseAsync(app, phone, "Budi Santoso", "3672015708900061");
        using var agus = await ApiClient.SignInAsync(app, "agus");

        var canned = await agus.GetJsonAsync("/api/canned-responses?conversation=" + Uri.EscapeDataString(phone));
        var templates = await agus.GetJsonAsync("/api/templates");

        var salam = Assert.Single(canned.EnumerateArray());
        Assert.Equal($"Halo Budi Santoso, permohonan {@case.Code} kami bantu.", salam.GetProperty("filled").GetString());
        var template = Assert.Single(templates.EnumerateArray());
        Assert.Equal(["name", "code"], template.GetProperty("variables").EnumerateArray().Select(v => v.GetString()!).ToArray());
    }
}
