using Chatbot.Dialogs.Catalog;
using Newtonsoft.Json.Linq;

namespace Chatbot.Dialogs.Tests.Catalog;

/// <summary>dialogs/ikd.json and the IKD booking service: loaded like the other files, each mistake named by file, JSON path and reason.</summary>
public sealed class ActivationCatalogTests : IDisposable
{
    private const string Ikd = "ikd.json";
    private readonly DialogsCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public void The_real_file_gives_every_kecamatan_a_target_in_the_order_of_offices_json()
    {
        var catalog = DialogCatalog.Load(DialogsCopy.RealPath);
        var activation = catalog.Activation;
        Assert.Equal(50, activation.PeoplePerOfficer);
        Assert.Equal(30, activation.BookingDaysAhead);
        Assert.False(activation.ConfirmedByOffice);
        Assert.Equal(catalog.Kecamatan.Select(k => (k.Id, k.Name)), activation.Areas.Select(a => (a.AreaId, a.Name)));
        Assert.All(activation.Areas, a => Assert.Equal(25m, a.TargetPercent));
        var ciwandan = activation.Area("ciwandan")!;
        Assert.Equal((int)Math.Ceiling(ciwandan.WajibKtp * 0.25m), ciwandan.TargetCount);
        Assert.Equal("aktivasi-ikd", catalog.ActivationService?.Id);
    }

    [Fact]
    public void An_area_can_set_its_own_target()
    {
        copy.Edit(Ikd, j => j["areas"]![0]!["targetPercent"] = 30);
        var catalog = DialogCatalog.Load(copy.DialogsPath);
        Assert.Equal(30m, catalog.Activation.Areas[0].TargetPercent);
        Assert.Equal(25m, catalog.Activation.Areas[1].TargetPercent);
    }

    [Fact]
    public void An_unknown_area_names_the_kecamatan_ids_and_the_one_left_out_is_missing()
    {
        copy.Edit(Ikd, j => j["areas"]![0]!["id"] = "cibebr");
        var errors = copy.Errors().Select(e => (e.File, e.JsonPath, e.Reason)).ToList();
        Assert.Contains(("dialogs/ikd.json", "$.areas[0].id", "unknown area 'cibebr' (the kecamatan ids of offices.json: cibeber, cilegon, citangkil, ciwandan, grogol, jombang, pulomerak, purwakarta)"), errors);
        Assert.Contains(("dialogs/ikd.json", "$.areas", "missing the area 'cibeber' (Cibeber): every kecamatan of offices.json needs its wajib KTP figure"), errors);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void An_area_listed_twice_is_refused()
    {
        copy.Edit(Ikd, j => ((JArray)j["areas"]!).Add(new JObject { ["id"] = "grogol", ["wajibKtp"] = 100 }));
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("$.areas[8].id", "area 'grogol' is listed twice"), (error.JsonPath, error.Reason));
    }

    [Theory]
    [InlineData("peoplePerOfficer", 0, "$.peoplePerOfficer", "0 is out of range (1 to 500 citizens per officer and session; about 50 is usual)")]
    [InlineData("peoplePerOfficer", 501, "$.peoplePerOfficer", "501 is out of range (1 to 500 citizens per officer and session; about 50 is usual)")]
    [InlineData("bookingDaysAhead", 0, "$.bookingDaysAhead", "0 is out of range (1 to 365 days)")]
    [InlineData("targetPercent", 120, "$.targetPercent", "120 is not a share in percent (more than 0, at most 100; the national target is 25 to 30)")]
    public void Limits_out_of_range_say_the_range(string property, int value, string path, string reason)
    {
        copy.Edit(Ikd, j => j[property] = value);
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("dialogs/ikd.json", path, reason), (error.File, error.JsonPath, error.Reason));
    }

    [Fact]
    public void A_target_needs_a_positive_number_of_citizens()
    {
        copy.Edit(Ikd, j => j["areas"]![3]!["wajibKtp"] = 0);
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("$.areas[3].wajibKtp", "0 citizens required to hold a KTP: the target needs a positive number"), (error.JsonPath, error.Reason));
    }

    [Fact]
    public void A_mistyped_value_or_property_is_a_shape_error()
    {
        copy.Edit(Ikd, j =>
        {
            j["areas"]![1]!["wajibKtp"] = "34.600";
            j["peoplePerOfficers"] = 40;
        });
        var errors = copy.Errors().Select(e => (e.JsonPath, e.Reason)).ToList();
        Assert.Contains(("$.areas[1].wajibKtp", "expected a whole number but found the text \"34.600\""), errors);
        Assert.Contains(errors, e => e.JsonPath == "$.peoplePerOfficers" && e.Reason.StartsWith("unknown property 'peoplePerOfficers' (expected one of peoplePerOfficer, bookingDaysAhead, targetPercent, confirmedByOffice, areas)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_ikd_file_stops_the_service()
    {
        File.Delete(copy.File(Ikd));
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("dialogs/ikd.json", "$", "file not found"), (error.File, error.JsonPath, error.Reason));
    }

    [Fact]
    public void The_booking_service_has_no_flow_and_there_is_only_one()
    {
        var report = JObject.Parse(File.ReadAllText(copy.File("services/lapor-rekam-ktp.json")));
        copy.Edit("services/aktivasi-ikd.json", j => j["steps"] = report["steps"]!.DeepClone());
        copy.Edit("services/kk-perubahan.json", j =>
        {
            j["handling"] = "activation";
            j["availability"] = "enabled";
        });
        var errors = copy.Errors().Select(e => (e.File, e.JsonPath, e.Reason)).ToList();
        Assert.Contains(("dialogs/services/aktivasi-ikd.json", "$.steps", "a service handled by the IKD booking asks no questions of its own (steps must be [])"), errors);
        Assert.Contains(("dialogs/services/kk-perubahan.json", "$.handling", "only one enabled service can book IKD activation sessions ('aktivasi-ikd' does already)"), errors);
    }

    [Fact]
    public void An_ikd_text_missing_in_english_is_reported()
    {
        copy.Edit("texts/en.json", j => j.Remove("ikd.full"));
        var error = Assert.Single(copy.Errors());
        Assert.Equal(("dialogs/texts/en.json", "$", "missing text 'ikd.full' (the bot needs it)"), (error.File, error.JsonPath, error.Reason));
    }

    [Fact]
    public void An_ikd_text_may_use_only_the_placeholders_the_bot_fills()
    {
        copy.Edit("texts/id.json", j => j["ikd.booked"] = "Kode {code} untuk {nik}");
        copy.Edit("texts/en.json", j => j["ikd.booked"] = "Code {code} for {nik}");
        var errors = copy.Errors().Select(e => (e.File, e.Reason)).ToList();
        Assert.Contains(("dialogs/texts/id.json", "unknown placeholder {nik} (this text can use {bring}, {code}, {date}, {place}, {time})"), errors);
    }
}
