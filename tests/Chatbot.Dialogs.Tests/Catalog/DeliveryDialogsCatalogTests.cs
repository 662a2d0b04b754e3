using Chatbot.Dialogs.Catalog;
using Newtonsoft.Json.Linq;

namespace Chatbot.Dialogs.Tests.Catalog;

/// <summary>The files of the printed → delivered journey: templates.json, kirim-pos.json, ambil-kantor.json, and their texts.</summary>
public sealed class DeliveryDialogsCatalogTests : IDisposable
{
    private const string Templates = "templates.json";
    private readonly DialogsCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public void The_real_templates_cover_every_case_event()
    {
        var catalog = DialogCatalog.Load(DialogsCopy.RealPath);
        Assert.Equal(TemplateEvents.Variables.Keys.Order(StringComparer.Ordinal), catalog.Templates.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["name", "code", "trackingNumber"], catalog.Templates[TemplateEvents.Shipped].Variables);
    }

    [Fact]
    public void The_delivery_flows_ask_the_address_and_the_office()
    {
        var catalog = DialogCatalog.Load(DialogsCopy.RealPath);
        Assert.Equal(["recipientName", "address", "kelurahan", "kecamatan", "postalCode", "phone"], catalog.Flows[DeliveryFlows.Pos].Steps.Select(s => s.Field));
        Assert.Equal(StepChoices.OfficesSource, Assert.Single(catalog.Flows[DeliveryFlows.Pickup].Steps).Choices!.Source);
        Assert.Null(catalog.Flows[DeliveryFlows.Pos].Done);
    }

    [Fact]
    public void A_bad_content_sid_and_an_unknown_variable_are_reported_with_their_path()
    {
        copy.Edit(Templates, j =>
        {
            j["templates"]!["printed"]!["contentSid"] = "HX123";
            j["templates"]!["shipped"]!["variables"] = new JArray("name", "resi");
        });
        var errors = copy.Errors().Select(e => (e.File, e.JsonPath, e.Reason)).ToList();
        Assert.Contains(("dialogs/templates.json", "$.templates.printed.contentSid", "'HX123' is not a Content SID (HX followed by 32 hexadecimal digits, from Twilio's Content Template Builder)"), errors);
        Assert.Contains(("dialogs/templates.json", "$.templates.shipped.variables[1]", "unknown variable 'resi' for 'shipped' (this event knows name, code, trackingNumber)"), errors);
    }

    [Fact]
    public void Every_case_event_needs_a_template_and_unknown_events_are_refused()
    {
        copy.Edit(Templates, j =>
        {
            var templates = (JObject)j["templates"]!;
            templates.Remove("completed");
            templates["rejected"] = new JObject { ["contentSid"] = "HX00000000000000000000000000000012", ["variables"] = new JArray() };
        });
        var errors = copy.Errors().Select(e => (e.JsonPath, e.Reason)).ToList();
        Assert.Contains(("$.templates", "missing the template for 'completed': outside WhatsApp's 24-hour window the citizen could not be told"), errors);
        Assert.Contains(("$.templates.rejected", "unknown event 'rejected' (expected one of printed, shipped, ready, completed, refused, cancelled, ikdReminderDayBefore, ikdReminderHoursBefore, ikdSessionChanged, ikdSessionCancelled)"), errors);
    }

    [Fact]
    public void A_missing_templates_file_stops_the_service()
    {
        File.Delete(copy.File(Templates));
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("dialogs/templates.json", "$", "file not found"), (error.File, error.JsonPath, error.Reason));
    }

    [Fact]
    public void The_delivery_flows_must_exist()
    {
        File.Delete(copy.File("flows/kirim-pos.json"));
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("dialogs/flows", "missing flows/kirim-pos.json: the bot asks it after an e-KTP is printed"), (error.File, error.Reason));
    }

    [Fact]
    public void The_pickup_flow_must_ask_for_an_office()
    {
        copy.Edit("flows/ambil-kantor.json", j => j["steps"]![0]!["choices"] = new JObject { ["source"] = "kecamatan" });
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("dialogs/flows/ambil-kantor.json", "$.steps"), (error.File, error.JsonPath));
    }

    [Fact]
    public void A_service_without_done_texts_says_the_common_ones()
    {
        copy.Edit("services/lapor-rekam-ktp.json", j => j.Remove("done"));
        var flow = DialogCatalog.Load(copy.DialogsPath).Flow("lapor-rekam-ktp")!;
        Assert.Equal(("case.created", "case.joined"), (flow.Done!.Created, flow.Done.Joined));
    }

    [Fact]
    public void A_service_with_done_texts_needs_them_to_exist()
    {
        copy.Edit("services/lapor-rekam-ktp.json", j => j["done"]!["joined"] = "case.joinned");
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("dialogs/services/lapor-rekam-ktp.json", "$.done.joined"), (error.File, error.JsonPath));
    }

    [Fact]
    public void Only_media_and_phone_steps_can_be_optional()
    {
        copy.Edit("flows/kirim-pos.json", j =>
        {
            j["steps"]![2]!["optional"] = true;
            j["steps"]![2]!["skipWords"] = "phone.sameWords";
        });
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("dialogs/flows/kirim-pos.json", "$.steps[2].optional"), (error.File, error.JsonPath));
    }

    [Fact]
    public void A_phone_question_may_show_the_citizens_number_but_no_other_placeholder()
    {
        copy.Edit("texts/id.json", j => j["ask.phone"] = "Nomor HP? Ketik *sama* untuk {phone} atau {nama}.");
        copy.Edit("texts/en.json", j => j["ask.phone"] = "Mobile number? Type *same* for {phone} or {nama}.");
        var errors = copy.Errors();
        Assert.All(errors, e => Assert.Contains("unknown placeholder {nama}", e.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void The_new_texts_of_the_code_are_required()
    {
        copy.Edit("texts/en.json", j => j.Remove("rating.ask"));
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("dialogs/texts/en.json", "missing text 'rating.ask' (the bot needs it)"), (error.File, error.Reason));
    }
}
