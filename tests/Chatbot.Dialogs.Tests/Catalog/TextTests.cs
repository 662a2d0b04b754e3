using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Tests.Catalog;

public sealed class TextTests
{
    private static readonly DialogCatalog Catalog = DialogCatalog.Load(DialogsCopy.RealPath);

    [Fact]
    public void Placeholders_are_filled()
    {
        var text = Catalog.Text("id", "nik.wrongLength", new Dictionary<string, string> { ["count"] = "15" });
        Assert.Contains("yang Anda kirim 15 angka", text);
        Assert.DoesNotContain("{count}", text);
    }

    [Fact]
    public void A_missing_argument_stays_visible_and_does_not_throw()
    {
        var text = Catalog.Text("en", TextKeys.CaseCreated, new Dictionary<string, string> { ["code"] = "ABC-234" });
        Assert.Contains("*ABC-234*", text);
        Assert.Contains("{position}", text);
        Assert.Contains("{wait}", text);
    }

    [Fact]
    public void An_unknown_language_falls_back_to_the_default_language() =>
        Assert.Equal(Catalog.Text("id", TextKeys.GlobalNotUnderstood), Catalog.Text("fr", TextKeys.GlobalNotUnderstood));

    [Fact]
    public void An_unknown_key_comes_back_as_the_key() => Assert.Equal("no.such.key", Catalog.Text("id", "no.such.key"));

    [Fact]
    public void English_texts_are_english() =>
        Assert.Equal("All right, we will continue in English.", Catalog.Text("en", TextKeys.LanguageSwitched));

    [Fact]
    public void Format_leaves_unknown_placeholders_and_literal_text_alone() =>
        Assert.Equal("Halo Budi, {office}", TextTemplate.Format("Halo {name}, {office}", new Dictionary<string, string> { ["name"] = "Budi" }));

    [Theory]
    [InlineData("Halo {name}", null)]
    [InlineData("Halo {name", "unbalanced")]
    [InlineData("Halo name}", "unbalanced")]
    [InlineData("Halo { name }", "unbalanced")]
    public void Template_syntax_is_checked(string template, string? error)
    {
        var found = TextTemplate.SyntaxError(template);
        if (error is null) Assert.Null(found);
        else Assert.Contains(error, found);
    }
}
