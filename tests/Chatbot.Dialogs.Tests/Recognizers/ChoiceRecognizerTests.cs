using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Tests.Recognizers;

public class ChoiceRecognizerTests
{
    private static readonly List<Choice> Delivery =
    [
        new("Kirim lewat Pos", "pos", "kantor pos", "dikirim"),
        new("Ambil di kantor", "ambil", "diambil", "pickup"),
        new("Belum tahu"),
    ];

    private static readonly List<Choice> Services =
    [
        new("KTP-el"),
        new("Kartu Keluarga", "kk"),
        new("Akta Kelahiran", "akta lahir"),
        new("Pindah Datang"),
    ];

    [Theory]
    [InlineData("1", 0)]
    [InlineData("2", 1)]
    [InlineData("3", 2)]
    [InlineData("2.", 1)]
    [InlineData(" 2 ", 1)]
    [InlineData("2)", 1)]
    [InlineData("#2", 1)]
    [InlineData("nomor 2", 1)]
    [InlineData("Nomor 2", 1)]
    [InlineData("no. 2", 1)]
    [InlineData("no 2", 1)]
    [InlineData("pilih 2", 1)]
    [InlineData("saya pilih nomor 2", 1)]
    [InlineData("yang kedua", 1)]
    [InlineData("ke-2", 1)]
    [InlineData("number 2", 1)]
    [InlineData("option 3", 2)]
    [InlineData("the second", 1)]
    public void By_number(string text, int index) => Assert.Equal(index, ChoiceRecognizer.Recognize(text, Delivery)?.Index);

    [Theory]
    [InlineData("Kirim lewat Pos", 0)]
    [InlineData("kirim lewat pos", 0)]
    [InlineData("KIRIM LEWAT POS!", 0)]
    [InlineData("pos", 0)]
    [InlineData("Pos", 0)]
    [InlineData("kantor pos", 0)]
    [InlineData("ambil", 1)]
    [InlineData("Ambil di kantor", 1)]
    [InlineData("saya mau ambil di kantor", 1)]
    [InlineData("diambil aja", 1)]
    [InlineData("pickup", 1)]
    [InlineData("belum tahu", 2)]
    [InlineData("Belum tau", 2)]
    [InlineData("kirim lewat pso", 0)]
    [InlineData("ambill", 1)]
    [InlineData("ambil di kantr", 1)]
    [InlineData("dikirm", 0)]
    public void By_words_synonyms_and_typos(string text, int index) => Assert.Equal(index, ChoiceRecognizer.Recognize(text, Delivery)?.Index);

    [Theory]
    [InlineData("ktp", 0)]
    [InlineData("KTP-el", 0)]
    [InlineData("ktp el", 0)]
    [InlineData("kk", 1)]
    [InlineData("kartu keluarga", 1)]
    [InlineData("kartu kluarga", 1)]
    [InlineData("akta kelahiran", 2)]
    [InlineData("akte kelahiran", 2)]
    [InlineData("akta lahir", 2)]
    [InlineData("pindah", 3)]
    [InlineData("Pindah Datang", 3)]
    public void Services_by_words(string text, int index) => Assert.Equal(index, ChoiceRecognizer.Recognize(text, Services)?.Index);

    [Fact]
    public void Diacritics_do_not_matter()
    {
        List<Choice> choices = [new("Café"), new("Kopi")];

        Assert.Equal(0, ChoiceRecognizer.Recognize("cafe", choices)?.Index);
        Assert.Equal(0, ChoiceRecognizer.Recognize("CAFÉ", choices)?.Index);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("12")]
    [InlineData("2 3")]
    [InlineData("halo")]
    [InlineData("kantor")]
    [InlineData("apa bedanya?")]
    public void Refuses_unknown_out_of_range_and_ambiguous(string text) => Assert.Null(ChoiceRecognizer.Recognize(text, Delivery));

    [Fact]
    public void Exact_match_has_score_one_and_reports_the_synonym()
    {
        var found = ChoiceRecognizer.Recognize("kantor pos", Delivery);

        Assert.Equal(new FoundChoice("Kirim lewat Pos", 0, 1.0, "kantor pos"), found);
    }

    [Fact]
    public void A_typo_scores_lower_than_an_exact_match()
    {
        var found = ChoiceRecognizer.Recognize("ambill", Delivery)!;

        Assert.True(found.Score < 1.0);
    }

    [Theory]
    [InlineData("Ambil di kantor", 1)]
    [InlineData("ambil di kantor", 1)]
    [InlineData("3", 2)]
    public void Button_payload_is_a_value_or_a_number(string payload, int index) =>
        Assert.Equal(index, ChoiceRecognizer.RecognizePayload(payload, Delivery)?.Index);

    [Fact]
    public void Unknown_payload_is_null() => Assert.Null(ChoiceRecognizer.RecognizePayload("lainnya", Delivery));

    [Fact]
    public void A_choice_named_with_a_number_wins_over_the_position()
    {
        List<Choice> choices = [new("1 orang"), new("2 orang")];

        Assert.Equal(1, ChoiceRecognizer.Recognize("2 orang", choices)?.Index);
        Assert.Equal(0, ChoiceRecognizer.Recognize("1", choices)?.Index);
    }
}
