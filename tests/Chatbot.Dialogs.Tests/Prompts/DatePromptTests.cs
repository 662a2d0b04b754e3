using Chatbot.Dialogs.Prompts;

namespace Chatbot.Dialogs.Tests.Prompts;

public class DatePromptTests
{
    private static PromptHarness Harness()
    {
        var options = PromptOptions.FromText("Kapan?", "Contoh: 17/08/2024");
        options.RetryPrompts = new() { ["date.vague"] = "Tanggal berapa, antara {from} dan {to}?" };
        var prompt = new PromptHarness(new DatePrompt("date"), options);
        prompt.Turns.Now = new DateTimeOffset(2024, 8, 20, 3, 0, 0, TimeSpan.Zero); // 10:00 WIB, Tuesday 20 August
        return prompt;
    }

    [Fact]
    public async Task A_vague_answer_is_asked_once_more_for_the_exact_day()
    {
        var prompt = Harness();
        await prompt.StartAsync();

        Assert.Equal(["Tanggal berapa, antara 12/08/2024 dan 18/08/2024?"], await prompt.AnswerAsync("minggu lalu"));
        await prompt.AnswerAsync("kamis kemarin");

        Assert.Equal([new DateOnly(2024, 8, 15)], prompt.Results);
    }

    [Fact]
    public async Task A_second_vague_answer_is_taken_at_the_first_day_of_its_range()
    {
        var prompt = Harness();
        await prompt.StartAsync();

        Assert.Equal(["Tanggal berapa, antara 01/08/2024 dan 10/08/2024?"], await prompt.AnswerAsync("awal bulan ini"));
        Assert.Equal(["Contoh: 17/08/2024"], await prompt.AnswerAsync("lupa"));
        await prompt.AnswerAsync("akhir bulan lalu");

        Assert.Equal([new DateOnly(2024, 7, 21)], prompt.Results);
    }

    [Fact]
    public async Task An_exact_answer_needs_no_second_question()
    {
        var prompt = Harness();
        await prompt.StartAsync();
        await prompt.AnswerAsync("tgl 5 kmrn");

        Assert.Equal([new DateOnly(2024, 8, 5)], prompt.Results);
    }
}
