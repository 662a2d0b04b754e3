using Chatbot.Core.Messaging;

namespace Chatbot.Core.Ports;

/// <summary>Hands one message to the provider (Twilio's Messages API). Never throws for the provider's answers: they are in the result.</summary>
public interface IMessageSender
{
    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default);
}
