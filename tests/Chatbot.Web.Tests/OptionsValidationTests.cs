using Chatbot.Testing;

namespace Chatbot.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class OptionsValidationTests(RedisServerFixture redis)
{
    [Theory]
    [InlineData("Workers:BatchSize", "0")]
    [InlineData("Workers:LeaseSeconds", "1")]
    [InlineData("Twilio:AuthToken", "")]
    [InlineData("Bot:DefaultLanguage", "fr")]
    [InlineData("Bot:DialogsPath", "no-such-dialogs-folder")]
    public async Task A_bad_option_stops_the_start_with_a_message_naming_it(string option, string value)
    {
        await using var app = new ChatbotAppFactory(redis, new Dictionary<string, string?> { [option] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(option, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_simulator_refuses_to_start_in_production()
    {
        await using var app = new ChatbotAppFactory(redis, new Dictionary<string, string?> { ["Simulator:Enabled"] = "true" }, environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Simulator:Enabled", error.ToString(), StringComparison.Ordinal);
    }
}
