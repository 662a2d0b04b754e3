using Chatbot.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatbot.Twilio.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Valid_options_pass()
    {
        Assert.True(new TwilioOptionsValidator().Validate(null, TestOptions.Create()).Succeeded);
    }

    [Fact]
    public void Every_failure_names_the_option_to_set()
    {
        var result = new TwilioOptionsValidator().Validate(null, new TwilioOptions
        {
            AccountSid = "AC123",
            ApiBaseUrl = "not a url",
            PublicBaseUrl = "ftp://x",
            MaxMessagesPerSecond = 0,
            RequestTimeoutSeconds = 0,
        });

        var failures = result.Failures!.ToList();
        Assert.Contains("Twilio:AuthToken is missing: set it in the environment (Twilio__AuthToken) or user secrets", failures);
        Assert.Contains(failures, f => f.StartsWith("Twilio:AccountSid must be", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Twilio:WhatsAppFrom is missing", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Twilio:ApiBaseUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Twilio:PublicBaseUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Twilio:MaxMessagesPerSecond", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Twilio:RequestTimeoutSeconds", StringComparison.Ordinal));
    }

    [Fact]
    public void Registration_binds_the_section_and_resolves_every_service()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = TestOptions.AccountSid,
            ["Twilio:AuthToken"] = TestOptions.AuthToken,
            ["Twilio:WhatsAppFrom"] = "whatsapp:+14155238886",
            ["Twilio:RequestTimeoutSeconds"] = "3",
        }).Build();
        using var services = new ServiceCollection().AddChatbotTwilio(configuration).BuildServiceProvider();

        Assert.Equal(TwilioOptions.DefaultApiBaseUrl, services.GetRequiredService<IOptions<TwilioOptions>>().Value.ApiBaseUrl);
        Assert.IsType<TwilioMessagesClient>(services.GetRequiredService<IMessageSender>());
        Assert.IsType<TwilioMediaProbe>(services.GetRequiredService<IMediaProbe>());
        Assert.NotNull(services.GetRequiredService<TwilioRequestValidator>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void A_missing_token_fails_when_the_options_are_read_with_the_message()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = TestOptions.AccountSid,
            ["Twilio:WhatsAppFrom"] = "whatsapp:+14155238886",
        }).Build();
        using var services = new ServiceCollection().AddChatbotTwilio(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TwilioOptions>>().Value);
        Assert.Contains("Twilio__AuthToken", error.Message, StringComparison.Ordinal);
    }
}
