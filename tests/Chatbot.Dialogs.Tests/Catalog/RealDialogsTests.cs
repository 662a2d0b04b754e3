using Chatbot.Core.Cases;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Tests.Catalog;

public sealed class RealDialogsTests
{
    private static readonly DialogCatalog Catalog = DialogCatalog.Load(DialogsCopy.RealPath);

    [Fact]
    public void The_real_dialogs_folder_loads_cleanly()
    {
        Assert.Equal("Disdukcapil Kota Cilegon", Catalog.Bot.Office);
        Assert.Equal("id", Catalog.DefaultLanguage);
        Assert.Equal(TimeSpan.FromMinutes(30), Catalog.Bot.IdleExpiry);
        Assert.Equal(["en", "id"], Catalog.Texts.Languages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_menu_lists_the_ktp_report_first_then_ikd_activation()
    {
        var first = Catalog.EnabledServices[0];
        Assert.Equal("lapor-rekam-ktp", first.Id);
        Assert.Equal("ktp-el", first.Queue);
        Assert.Equal("Lapor sudah rekam KTP-el", Catalog.Text("id", first.Title));
        Assert.NotNull(Catalog.Flow(first.Flow!));
        var second = Catalog.EnabledServices[1];
        Assert.Equal(("aktivasi-ikd", ServiceHandling.Activation, (string?)null), (second.Id, second.Handling, second.Flow));
        // Then the adminduk services of issue 10, main menu page first ("Layanan lain" after); kk-baru and ktp-el-pemula (information only) are coming soon.
        Assert.Equal(
            ["lapor-rekam-ktp", "aktivasi-ikd", "akta-kelahiran", "ktp-el-hilang", "pindah-keluar", "suket-ktp-el",
             "kk-perubahan", "akta-kematian", "kia", "pindah-datang", "ktp-el-rusak", "ktp-el-perubahan-data"],
            Catalog.EnabledServices.Select(s => s.Id));
    }

    [Fact]
    public void The_flow_asks_consent_nik_name_kecamatan_date_and_receipt_in_order()
    {
        var flow = Catalog.Flow("lapor-rekam-ktp")!;
        Assert.Equal(["consent", "nik", "fullName", "kecamatan", "recordedOn", "receipt"], flow.Steps.Select(s => s.Field));
        Assert.Equal([StepType.Confirm, StepType.Nik, StepType.Text, StepType.Choice, StepType.Date, StepType.Media], flow.Steps.Select(s => s.Type));
        var receipt = flow.Step("receipt")!;
        Assert.True(receipt.Optional);
        Assert.Equal(5, receipt.Constraints!.MaxMegabytes);
        Assert.Contains("lewati", Catalog.Words("id", receipt.SkipWords!));
        Assert.Contains("skip", Catalog.WordsInAnyLanguage(receipt.SkipWords!));
        var name = flow.Step("fullName")!.Constraints!;
        Assert.Matches(name.PatternRegex!, "Siti Nur'aini, S.Pd.");
        Assert.DoesNotMatch(name.PatternRegex!, "Budi123");
        Assert.Equal("nik.wrongLength", flow.Step("nik")!.RetryKey(StepErrorCodes.Of(Core.Identity.NikError.WrongLength)));
        Assert.Equal(5, flow.EditableSteps.Count);
    }

    [Fact]
    public void Cilegon_has_eight_kecamatan_found_by_name_alias_and_typo()
    {
        Assert.Equal(8, Catalog.Kecamatan.Count);
        Assert.Equal("pulomerak", Catalog.FindKecamatan("Pulo Merak")?.Id);
        Assert.Equal("pulomerak", Catalog.FindKecamatan("merak")?.Id);
        Assert.Equal("pulomerak", Catalog.FindKecamatan("Kec. Pulomerak")?.Id);
        Assert.Equal("citangkil", Catalog.FindKecamatan("CITANGKIL ")?.Id);
        Assert.Null(Catalog.FindKecamatan("Bandung"));
    }

    [Theory]
    [InlineData("menu", GlobalWord.Menu)]
    [InlineData("Mulai!", GlobalWord.Menu)]
    [InlineData("BATAL", GlobalWord.Cancel)]
    [InlineData("cek status", GlobalWord.Status)]
    [InlineData("*petugas*", GlobalWord.Agent)]
    [InlineData("help", GlobalWord.Help)]
    [InlineData("English", GlobalWord.English)]
    [InlineData("bahasa indonesia", GlobalWord.Bahasa)]
    public void Global_words_match_in_any_language(string message, GlobalWord expected) =>
        Assert.Equal(expected, Catalog.MatchGlobalWord(message));

    [Fact]
    public void A_sentence_is_not_a_global_word() => Assert.Null(Catalog.MatchGlobalWord("saya mau batal kirim"));

    [Fact]
    public void Every_case_status_has_a_name_in_both_languages()
    {
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            Assert.Empty(Catalog.Texts.Missing(TextKeys.StatusName(status)));
        }
    }

    [Fact]
    public void Both_languages_have_the_same_keys()
    {
        Assert.Equal(Catalog.Texts.Of("id").Keys.Order(StringComparer.Ordinal), Catalog.Texts.Of("en").Keys.Order(StringComparer.Ordinal));
    }
}
