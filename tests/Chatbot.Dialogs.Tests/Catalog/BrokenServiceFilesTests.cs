using Newtonsoft.Json.Linq;

namespace Chatbot.Dialogs.Tests.Catalog;

/// <summary>Breaks one thing in a service file (dialogs/services/*.json) and expects the file, the JSON path and the reason.</summary>
public sealed class BrokenServiceFilesTests : IDisposable
{
    private const string KkBaru = "services/kk-baru.json";
    private const string File = "dialogs/services/kk-baru.json";
    private readonly DialogsCopy copy = new();

    public void Dispose() => copy.Dispose();

    private List<(string File, string JsonPath, string Reason)> Errors() => copy.Errors().Select(e => (e.File, e.JsonPath, e.Reason)).ToList();

    [Fact]
    public void An_unknown_prompt_type_names_the_service_file_and_step()
    {
        copy.Edit(KkBaru, j => j["steps"]![3]!["type"] = "pilihan");
        var error = Assert.Single(copy.Errors());
        Assert.Equal((File, "$.steps[3].type"), (error.File, error.JsonPath));
        Assert.StartsWith("unknown step type 'pilihan' (expected one of text, choice,", error.Reason);
    }

    [Fact]
    public void A_condition_must_refer_to_an_earlier_choice_and_its_values()
    {
        copy.Edit(KkBaru, j =>
        {
            j["requirements"]![1]!["when"]!["in"] = new JArray("nikah");
            j["requirements"]![2]!["when"]!["field"] = "alasan";
            j["steps"]![2]!["when"] = new JObject { ["field"] = "reason", ["in"] = new JArray("menikah") };
        });
        var errors = Errors();
        Assert.Contains((File, "$.requirements[1].when.in[0]", "'nikah' is not an answer of 'reason' (expected one of menikah, pisah, datang)"), errors);
        Assert.Contains((File, "$.requirements[2].when.field", "unknown field 'alasan': a condition refers to a choice or confirm step before the documents step (consent, reason)"), errors);
        Assert.Contains((File, "$.steps[2].when.field", "unknown field 'reason': a condition refers to a choice or confirm step before this step (consent)"), errors);
    }

    [Fact]
    public void A_condition_needs_its_words_and_words_need_a_condition()
    {
        copy.Edit(KkBaru, j =>
        {
            ((JObject)j["requirements"]![1]!).Remove("whenText");
            j["requirements"]![0]!["whenText"] = new JObject { ["id"] = "selalu", ["en"] = "always" };
        });
        var errors = Errors();
        Assert.Contains((File, "$.requirements[1]", "a requirement with \"when\" needs \"whenText\" (the condition in words, per language)"), errors);
        Assert.Contains((File, "$.requirements[0].whenText", "\"whenText\" describes a \"when\" (there is none)"), errors);
    }

    [Fact]
    public void Names_and_texts_are_needed_in_every_language()
    {
        copy.Edit(KkBaru, j =>
        {
            ((JObject)j["names"]!).Remove("en");
            ((JObject)j["requirements"]![0]!["names"]!).Remove("en");
            ((JObject)j["texts"]!["en"]!).Remove("service.kk-baru.ask.reason");
        });
        var errors = Errors();
        Assert.Contains((File, "$.names", "missing the 'en' name (every language of texts/ needs one)"), errors);
        Assert.Contains((File, "$.requirements[0].names", "missing the 'en' name (every language of texts/ needs one)"), errors);
        Assert.Contains((File, "$.texts.en", "missing text 'service.kk-baru.ask.reason' (every language of \"texts\" needs the same keys)"), errors);
    }

    [Fact]
    public void A_service_text_starts_with_the_service_prefix_and_keeps_its_placeholders()
    {
        copy.Edit(KkBaru, j =>
        {
            j["texts"]!["id"]!["ask.alasan"] = "Alasan?";
            j["texts"]!["en"]!["ask.alasan"] = "Reason?";
            j["texts"]!["en"]!["service.kk-baru.ask.reason"] = "Why? {choice}";
        });
        var errors = Errors();
        Assert.Contains((File, "$.texts.id['ask.alasan']", "a service's own text key starts with 'service.kk-baru.' (e.g. service.kk-baru.info)"), errors);
        Assert.Contains((File, "$.texts.en['service.kk-baru.ask.reason']", "placeholders differ from \"id\": {choices} there, {choice} here"), errors);
    }

    [Fact]
    public void Requirements_need_one_documents_step_and_sane_files()
    {
        copy.Edit(KkBaru, j =>
        {
            ((JArray)j["steps"]!).RemoveAt(4);
            j["requirements"]![0]!["contentTypes"] = new JArray("jpeg");
            j["requirements"]![0]!["maxBytes"] = 0;
            j["requirements"]![3]!["id"] = "kk-lama";
        });
        var errors = Errors();
        Assert.Contains((File, "$.steps", "a service with requirements needs exactly one step { \"field\": \"documents\", \"type\": \"documents\" } (found 0)"), errors);
        Assert.Contains((File, "$.requirements[0].contentTypes[0]", "'jpeg' is not a media type such as image/jpeg"), errors);
        Assert.Contains((File, "$.requirements[0].maxBytes", "must be greater than 0"), errors);
        Assert.Contains((File, "$.requirements[3].id", "duplicate requirement id 'kk-lama'"), errors);
    }

    [Fact]
    public void The_id_is_the_file_name_and_the_queue_must_exist()
    {
        copy.Edit(KkBaru, j =>
        {
            j["id"] = "kk";
            j["queue"] = "kk";
        });
        var errors = Errors();
        Assert.Contains((File, "$.id", "the id 'kk' must equal the file name 'kk-baru'"), errors);
        Assert.Contains(errors, e => e.File == File && e.JsonPath == "$.queue" && e.Reason.StartsWith("unknown queue 'kk'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_status_text_and_a_bad_output_are_named()
    {
        copy.Edit(KkBaru, j =>
        {
            j["statusTexts"]!["jadi"] = "service.kk-baru.status.terbit";
            j["output"] = "pdf";
        });
        var errors = Errors();
        Assert.Contains(errors, e => e.File == File && e.JsonPath == "$.output" && e.Reason.StartsWith("unknown output 'pdf' (expected one of printed, selfPrintedPdf, inPerson, informationOnly)", StringComparison.Ordinal));
    }

    [Fact]
    public void Status_texts_name_known_statuses()
    {
        copy.Edit(KkBaru, j => j["statusTexts"]!["jadi"] = "service.kk-baru.status.terbit");
        var error = Assert.Single(copy.Errors());
        Assert.Equal((File, "$.statusTexts.jadi"), (error.File, error.JsonPath));
        Assert.StartsWith("unknown status 'jadi' (expected one of baru, diproses,", error.Reason);
    }

    [Fact]
    public void Only_a_service_that_informs_may_ask_nothing()
    {
        copy.Edit(KkBaru, j => j["steps"] = new JArray());
        var errors = Errors();
        Assert.Contains((File, "$.steps", "a service handled by a flow needs its questions (or \"output\": \"informationOnly\")"), errors);
    }

    [Fact]
    public void A_recipient_question_field_is_the_bots_own()
    {
        copy.Edit(KkBaru, j =>
        {
            j["requestFor"] = new JArray("citizen", "familyMember");
            j["steps"]![3]!["field"] = "requestFor";
            j["requirements"]![1]!["when"]!["field"] = "requestFor";
            j["requirements"]![2]!["when"]!["field"] = "requestFor";
        });
        var errors = Errors();
        Assert.Contains((File, "$.steps[3].field", "'requestFor' is the bot's own question (for whom) when \"requestFor\" lists both; name this step otherwise"), errors);
    }
}
