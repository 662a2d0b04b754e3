using Chatbot.Dialogs.Bot.Activation;

namespace Chatbot.Dialogs.Tests.Bot;

public sealed class ActivationShortcutsTests
{
    [Theory]
    [InlineData("UND-4KX9PZ", "ikd-invitation:UND-4KX9PZ")]
    [InlineData("und 4kx9pz", "ikd-invitation:UND-4KX9PZ")]
    [InlineData("IKD-K7MQ2X", "aktivasi-ikd")]
    [InlineData("ikd k7mq2x", "aktivasi-ikd")]
    [InlineData("4KX9PZ", null)]
    [InlineData("ikd", null)]
    [InlineData("UND-4KX9P0", null)]
    [InlineData("1", null)]
    public void A_code_typed_at_the_menu_needs_its_prefix(string text, string? expected)
    {
        Assert.Equal(expected, ActivationShortcuts.Recognize(text, "aktivasi-ikd")?.Value);
    }

    [Fact]
    public void The_invitation_comes_back_out_of_the_choice()
    {
        Assert.Equal("UND-4KX9PZ", ActivationShortcuts.InvitationOf(ActivationShortcuts.Recognize("UND-4KX9PZ", "aktivasi-ikd")!.Value));
        Assert.Null(ActivationShortcuts.InvitationOf("aktivasi-ikd"));
    }
}
