using Chatbot.Dialogs.Catalog;
using Newtonsoft.Json.Linq;

namespace Chatbot.Dialogs.Tests.Catalog;

/// <summary>Each test breaks one thing in a copy of the real files and expects the file, the JSON path and the reason.</summary>
public sealed class BrokenDialogsTests : IDisposable
{
    private const string Flow = "services/lapor-rekam-ktp.json";
    private readonly DialogsCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public void Bad_json_names_the_line_and_position()
    {
        var text = File.ReadAllText(copy.File("bot.json")).Replace("\"idleExpiryMinutes\": 30,", "\"idleExpiryMinutes\": 30,,", StringComparison.Ordinal);
        copy.Write("bot.json", text);
        var error = Assert.Single(copy.Errors(), e => e.File == "dialogs/bot.json");
        Assert.StartsWith("invalid JSON at line 4, position", error.Reason);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("dialogs/bot.json at $", error.Message);
    }

    [Fact]
    public void An_unknown_step_type_lists_the_known_ones()
    {
        copy.Edit(Flow, j => j["steps"]![2]!["type"] = "nmber");
        var error = Assert.Single(copy.Errors());
        Assert.Equal("dialogs/services/lapor-rekam-ktp.json", error.File);
        Assert.Equal("$.steps[2].type", error.JsonPath);
        Assert.Equal("unknown step type 'nmber' (expected one of text, choice, confirm, date, nik, phone, postal, media, location, name, address, documents)", error.Reason);
        Assert.Equal("dialogs/services/lapor-rekam-ktp.json at $.steps[2].type: unknown step type 'nmber' (expected one of text, choice, confirm, date, nik, phone, postal, media, location, name, address, documents)", error.Message);
    }

    [Fact]
    public void A_key_missing_in_english_is_reported_in_en_json()
    {
        copy.Edit("texts/en.json", j => j.Remove("resume.offer"));
        var error = Assert.Single(copy.Errors());
        Assert.Equal("dialogs/texts/en.json", error.File);
        Assert.Equal("$", error.JsonPath);
        Assert.Equal("missing text 'resume.offer' (the bot needs it)", error.Reason);
    }

    [Fact]
    public void An_extra_indonesian_key_must_have_its_english_twin()
    {
        copy.Edit("texts/id.json", j => j["menu.footer"] = "Terima kasih");
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("dialogs/texts/en.json", "$"), (error.File, error.JsonPath));
        Assert.Equal("missing text 'menu.footer' (it is in id.json)", error.Reason);
    }

    [Fact]
    public void Placeholders_must_be_the_same_in_both_languages()
    {
        copy.Edit("texts/en.json", j => j["handoff.queued"] = "You are number {postion} in the queue.");
        var errors = copy.Errors();
        Assert.All(errors, e => Assert.Equal(("dialogs/texts/en.json", "$['handoff.queued']"), (e.File, e.JsonPath)));
        Assert.Contains(errors, e => e.Reason == "placeholders differ from id.json: lacks {position}; has {postion} that id.json does not");
        Assert.Contains(errors, e => e.Reason == "unknown placeholder {postion} (this text can use {position})");
    }

    [Fact]
    public void An_unknown_property_is_named_with_the_expected_ones()
    {
        copy.Edit(Flow, j => ((JObject)j["steps"]![1]!)["optinal"] = true);
        var error = Assert.Single(copy.Errors());
        Assert.Equal("$.steps[1].optinal", error.JsonPath);
        Assert.StartsWith("unknown property 'optinal' (expected one of field, type, ask, retry, optional,", error.Reason);
    }

    [Fact]
    public void A_flow_referencing_a_missing_text_key_names_the_step()
    {
        copy.Edit(Flow, j => j["steps"]![1]!["ask"] = "ask.nikk");
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("dialogs/services/lapor-rekam-ktp.json", "$.steps[1].ask"), (error.File, error.JsonPath));
        Assert.Equal("text 'ask.nikk' is missing in texts/en.json and texts/id.json", error.Reason);
    }

    [Fact]
    public void A_missing_required_property_is_named_at_its_object()
    {
        copy.Edit(Flow, j => ((JObject)j["steps"]![0]!).Remove("field"));
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("$.steps[0]", "missing required property 'field'"), (error.JsonPath, error.Reason));
    }

    [Fact]
    public void Duplicate_fields_unknown_retry_codes_and_insane_constraints_are_all_reported_together()
    {
        copy.Edit(Flow, j =>
        {
            j["steps"]![3]!["field"] = "fullName";
            j["steps"]![2]!["constraints"]!["minLength"] = 200;
            j["steps"]![5]!["constraints"]!["maxBytes"] = 0;
            j["steps"]![4]!["retry"]!["tooNew"] = "recordedOn.future";
            j["steps"]![3]!["choices"]!["source"] = "kelurahan";
        });
        copy.Edit(Flow, j => j["queue"] = "ktp");
        var errors = copy.Errors().Select(e => (e.File, e.JsonPath, e.Reason)).ToList();
        Assert.Contains((Flow.Insert(0, "dialogs/"), "$.steps[3].field", "duplicate field 'fullName' (each step needs its own field name)"), errors);
        Assert.Contains((Flow.Insert(0, "dialogs/"), "$.steps[2].constraints", "minLength (200) is greater than maxLength (100)"), errors);
        Assert.Contains((Flow.Insert(0, "dialogs/"), "$.steps[5].constraints.maxBytes", "must be greater than 0"), errors);
        Assert.Contains((Flow.Insert(0, "dialogs/"), "$.steps[4].retry.tooNew", "unknown error code 'tooNew' for a date step (expected invalid, future, tooOld)"), errors);
        Assert.Contains((Flow.Insert(0, "dialogs/"), "$.steps[3].choices.source", "unknown choices source 'kelurahan' (expected one of kecamatan, offices)"), errors);
        Assert.Contains(errors, e => e.File == "dialogs/services/lapor-rekam-ktp.json" && e.JsonPath == "$.queue" && e.Reason.StartsWith("unknown queue 'ktp'", StringComparison.Ordinal));
    }

    [Fact]
    public void Errors_in_several_files_come_in_one_exception()
    {
        copy.Edit("bot.json", j => j["queues"]!["ktp-el"]!["operatorsOnDuty"] = 0);
        copy.Edit("offices.json", j => j["offices"]![0]!["kecamatan"]![1]!["aliases"] = new JArray("merak"));
        copy.Edit("texts/id.json", j => j["menu.greeting"] = "Halo {name");
        var failure = Assert.Throws<DialogCatalogException>(() => DialogCatalog.Load(copy.DialogsPath));
        Assert.Contains(failure.Errors, e => e.File == "dialogs/bot.json" && e.JsonPath == "$.queues['ktp-el'].operatorsOnDuty");
        Assert.Contains(failure.Errors, e => e.File == "dialogs/offices.json" && e.JsonPath == "$.offices[0].kecamatan[6].aliases[1]" && e.Reason == "'merak' already means kecamatan 'cilegon'");
        Assert.Contains(failure.Errors, e => e.File == "dialogs/texts/id.json" && e.JsonPath == "$['menu.greeting']" && e.Reason.StartsWith("unbalanced", StringComparison.Ordinal));
        Assert.Contains("dialogs/bot.json at $.queues['ktp-el'].operatorsOnDuty: must be at least 1", failure.Message);
    }

    [Fact]
    public void A_wrong_json_type_says_what_was_expected()
    {
        copy.Edit("bot.json", j => j["idleExpiryMinutes"] = "30");
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("$.idleExpiryMinutes", "expected a whole number but found the text \"30\""), (error.JsonPath, error.Reason));
    }

    [Fact]
    public void A_missing_folder_says_so() =>
        Assert.Contains("does not exist", Assert.Throws<DialogCatalogException>(() => DialogCatalog.Load(Path.Combine(copy.DialogsPath, "nope"))).Message);

    [Fact]
    public void A_wrong_shape_does_not_hide_the_other_problems_of_the_same_file()
    {
        copy.Edit(Flow, j =>
        {
            j["steps"]![2]!["type"] = "nmber";
            ((JObject)j["steps"]![1]!)["optinal"] = true;
            j["steps"]![4]!["ask"] = "ask.tanggal";
        });
        var errors = copy.Errors().Select(e => (e.JsonPath, e.Reason)).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.JsonPath == "$.steps[2].type");
        Assert.Contains(errors, e => e.JsonPath == "$.steps[1].optinal");
        Assert.Contains(("$.steps[4].ask", "text 'ask.tanggal' is missing in texts/en.json and texts/id.json"), errors);
    }

    [Fact]
    public void The_message_lists_each_problem_once()
    {
        copy.Edit("texts/en.json", j => j.Remove("resume.offer"));
        copy.Edit(Flow, j => j["steps"]![2]!["type"] = "nmber");
        var message = Assert.Throws<DialogCatalogException>(() => DialogCatalog.Load(copy.DialogsPath)).Message;
        Assert.Equal(
            "The dialog files have 2 problems:" + Environment.NewLine +
            " - dialogs/texts/en.json at $: missing text 'resume.offer' (the bot needs it)" + Environment.NewLine +
            " - dialogs/services/lapor-rekam-ktp.json at $.steps[2].type: unknown step type 'nmber' (expected one of text, choice, confirm, date, nik, phone, postal, media, location, name, address, documents)",
            message);
    }
}
