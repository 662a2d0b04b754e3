using Chatbot.Core.Ports;

namespace Chatbot.Desk.Events;

/// <summary>Publishes console events after a change was saved; a failure to publish never undoes or fails the change.</summary>
public sealed class ConsoleEventPublisher(IConsoleEvents events, TimeProvider clock, ILogger<ConsoleEventPublisher> logger)
{
    public async Task PublishAsync(string type, string? conversationId = null, string? caseCode = null, string? queue = null, string? holder = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        try
        {
            await events.PublishAsync(new ConsoleEvent
            {
                Type = type,
                At = clock.GetUtcNow(),
                ConversationId = conversationId,
                CaseCode = caseCode,
                Queue = queue,
                Operator = holder,
                Detail = detail,
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Console event {Type} not published; consoles see the change on their next reload", type);
        }
    }
}
