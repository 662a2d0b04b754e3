using Chatbot.Core.Identity;
using Chatbot.Core.Messaging;
using Chatbot.Dialogs.Prompts;
using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Tests.Prompts;

public class BuiltInPromptTests
{
    private static PromptOptions Choices() => new()
    {
        Prompt = Activity.CreateMessage("Pengambilan KTP?"),
        RetryPrompt = Activity.CreateMessage("Balas dengan nomor pilihan."),
        Choices = [new Choice("Kirim lewat Pos", "pos"), new Choice("Ambil di kantor", "ambil")],
    };

    [Fact]
    public async Task Choice_prompt_lists_numbered_choices_and_returns_the_found_choice()
    {
        var prompt = new PromptHarness(new ChoicePrompt("delivery"), Choices());

        Assert.Equal(["Pengambilan KTP?\n\n1. Kirim lewat Pos\n2. Ambil di kantor"], await prompt.StartAsync());
        Assert.Equal(["Balas dengan nomor pilihan.\n\n1. Kirim lewat Pos\n2. Ambil di kantor"], await prompt.AnswerAsync("entahlah"));
        await prompt.AnswerAsync("2.");

        var found = Assert.IsType<FoundChoice>(Assert.Single(prompt.Results));
        Assert.Equal(("Ambil di kantor", 1), (found.Value, found.Index));
    }

    [Fact]
    public async Task Choice_prompt_accepts_a_button_payload()
    {
        var prompt = new PromptHarness(new ChoicePrompt("delivery") { AppendChoices = false }, Choices());

        Assert.Equal(["Pengambilan KTP?"], await prompt.StartAsync());
        await prompt.AnswerAsync(new Activity { Text = "Kirim", ButtonPayload = "Kirim lewat Pos" });

        Assert.Equal(0, ((FoundChoice)prompt.Results[0]!).Index);
    }

    [Fact]
    public async Task Choice_prompt_without_choices_throws()
    {
        var prompt = new PromptHarness(new ChoicePrompt("delivery"), PromptOptions.FromText("?"));

        await Assert.ThrowsAsync<ArgumentException>(() => prompt.StartAsync());
    }

    [Theory]
    [InlineData("ya", true)]
    [InlineData("Iya, betul.", true)]
    [InlineData("tidak", false)]
    [InlineData("gak", false)]
    public async Task Confirm_prompt(string answer, bool expected)
    {
        var prompt = new PromptHarness(new ConfirmPrompt("ok"), PromptOptions.FromText("Lanjut?", "Balas ya atau tidak."));
        await prompt.StartAsync();

        Assert.Equal(["Balas ya atau tidak."], await prompt.AnswerAsync("hmm"));
        await prompt.AnswerAsync(answer);

        Assert.Equal([expected], prompt.Results);
    }

    [Fact]
    public async Task Date_prompt_counts_relative_dates_from_the_office_today()
    {
        var prompt = new PromptHarness(new DatePrompt("date"), PromptOptions.FromText("Kapan?", "Contoh: 17/08/2024"));
        prompt.Turns.Now = new DateTimeOffset(2024, 8, 16, 18, 30, 0, TimeSpan.Zero); // already 17 August in WIB
        await prompt.StartAsync();

        Assert.Equal(["Contoh: 17/08/2024"], await prompt.AnswerAsync("31/02/2024"));
        await prompt.AnswerAsync("kemarin");

        Assert.Equal([new DateOnly(2024, 8, 16)], prompt.Results);
    }

    [Theory]
    [InlineData("", "nik.empty")]
    [InlineData("3672-01-17O885-0001", "nik.notDigits")]
    [InlineData("3672O11708850001", "nik.notDigits")]
    [InlineData("NIK 3672011708850001 dan 3672011708850002", "nik.notDigits")]
    [InlineData("36720117088500011", "nik.wrongLength")]
    [InlineData("9972011708850001", "nik.unknownRegion")]
    [InlineData("3672013208850001", "nik.invalidBirthDate")]
    [InlineData("3672011708850000", "nik.invalidSerial")]
    public async Task Nik_prompt_names_each_error(string answer, string code)
    {
        var options = PromptOptions.FromText("NIK?", "retry");
        options.RetryPrompts = new()
        {
            ["nik.empty"] = "nik.empty",
            ["nik.notDigits"] = "nik.notDigits",
            ["nik.wrongLength"] = "nik.wrongLength",
            ["nik.unknownRegion"] = "nik.unknownRegion",
            ["nik.invalidBirthDate"] = "nik.invalidBirthDate",
            ["nik.invalidSerial"] = "nik.invalidSerial",
        };
        var prompt = new PromptHarness(new NikPrompt("nik"), options);
        await prompt.StartAsync();

        Assert.Equal([code], await prompt.AnswerAsync(answer));
    }

    [Theory]
    [InlineData("3672011708850001")]
    [InlineData("3672 0117 0885 0001")]
    [InlineData("3672.0117.0885.0001")]
    [InlineData("NIK saya 3672011708850001 ya")]
    public async Task Nik_prompt_accepts_usual_forms(string answer)
    {
        var prompt = new PromptHarness(new NikPrompt("nik"), PromptOptions.FromText("NIK?"));
        await prompt.StartAsync();
        await prompt.AnswerAsync(answer);

        var nik = Assert.IsType<Nik>(Assert.Single(prompt.Results));
        Assert.Equal("3672011708850001", nik.Value);
        Assert.Equal(new DateOnly(1985, 8, 17), nik.BirthDate);
    }

    [Theory]
    [InlineData("081234567890")]
    [InlineData("6281234567890")]
    [InlineData("+62 812-3456-7890")]
    public async Task Phone_prompt_normalises_to_e164(string answer)
    {
        var prompt = new PromptHarness(new PhoneNumberPrompt("phone"), PromptOptions.FromText("HP?", "Nomor tidak valid."));
        await prompt.StartAsync();

        Assert.Equal(["Nomor tidak valid."], await prompt.AnswerAsync("12345"));
        await prompt.AnswerAsync(answer);

        Assert.Equal("+6281234567890", ((PhoneNumber)prompt.Results[0]!).E164);
    }

    [Fact]
    public async Task Postal_code_prompt()
    {
        var prompt = new PromptHarness(new PostalCodePrompt("pos"), PromptOptions.FromText("Kode pos?", "Lima angka."));
        await prompt.StartAsync();

        Assert.Equal(["Lima angka."], await prompt.AnswerAsync("0421"));
        await prompt.AnswerAsync(" 42411 ");

        Assert.Equal("42411", ((PostalCode)prompt.Results[0]!).Value);
    }

    [Fact]
    public async Task Location_prompt_needs_a_shared_location()
    {
        var options = PromptOptions.FromText("Lokasi?");
        options.RetryPrompts = new() { ["location.none"] = "Kirim lokasi lewat tombol 📎." };
        var prompt = new PromptHarness(new LocationPrompt("loc"), options);
        await prompt.StartAsync();

        Assert.Equal(["Kirim lokasi lewat tombol 📎."], await prompt.AnswerAsync("Jl. Merdeka"));
        await prompt.AnswerAsync(new Activity { Location = new GeoLocation(-6.0175, 106.0538, "Cilegon") });

        Assert.Equal(new GeoLocation(-6.0175, 106.0538, "Cilegon"), prompt.Results[0]);
    }
}
