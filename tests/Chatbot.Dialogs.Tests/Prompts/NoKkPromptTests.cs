using Chatbot.Core.Identity;
using Chatbot.Dialogs.Prompts;

namespace Chatbot.Dialogs.Tests.Prompts;

public class NoKkPromptTests
{
    private static PromptHarness Harness()
    {
        var options = PromptOptions.FromText("No. KK?", "retry");
        // Each reason's text is its own code, so the test sees which one was chosen; {count} shows the argument.
        options.RetryPrompts = new()
        {
            ["noKk.empty"] = "noKk.empty",
            ["noKk.notDigits"] = "noKk.notDigits",
            ["noKk.wrongLength"] = "noKk.wrongLength {count}",
            ["noKk.unknownRegion"] = "noKk.unknownRegion",
            ["noKk.invalidIssueDate"] = "noKk.invalidIssueDate",
            ["noKk.invalidSerial"] = "noKk.invalidSerial",
        };
        var prompt = new PromptHarness(new NoKkPrompt("noKk"), options);
        prompt.Turns.Now = new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);
        return prompt;
    }

    [Theory]
    [InlineData("", "noKk.empty")]
    [InlineData("3672O11203150004", "noKk.notDigits")]
    [InlineData("KK 3672011203150004 dan 3672011203150005", "noKk.notDigits")]
    [InlineData("36720112031500041", "noKk.wrongLength 17")]
    [InlineData("no kk saya 367201120315000", "noKk.wrongLength 15")]
    [InlineData("9972011203150004", "noKk.unknownRegion")]
    [InlineData("3672015203150004", "noKk.invalidIssueDate")]
    [InlineData("3672012511260004", "noKk.invalidIssueDate")]
    [InlineData("3672011203150000", "noKk.invalidSerial")]
    public async Task Names_each_reason(string answer, string expected)
    {
        var prompt = Harness();
        await prompt.StartAsync();

        Assert.Equal([expected], await prompt.AnswerAsync(answer));
        Assert.Empty(prompt.Results);
    }

    [Theory]
    [InlineData("3672011203150004")]
    [InlineData("3672 0112 0315 0004")]
    [InlineData("No. KK saya 3672-0112-0315-0004 kak")]
    public async Task Accepts_usual_forms(string answer)
    {
        var prompt = Harness();
        await prompt.StartAsync();
        await prompt.AnswerAsync(answer);

        var noKk = Assert.IsType<NoKk>(Assert.Single(prompt.Results));
        Assert.Equal("3672011203150004", noKk.Value);
        Assert.Equal(new DateOnly(2015, 3, 12), noKk.IssueDate);
    }
}
