using Chatbot.Core.Identity;
using Chatbot.Core.Ports;

namespace Chatbot.Desk;

/// <summary>Writes the audit log for the application services: the actor, the action, the case or the masked conversation.</summary>
public sealed class AuditTrail(IAuditLog log, TimeProvider clock)
{
    public Task RecordAsync(Actor actor, string action, string? caseCode = null, string? conversationId = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RecordAsync(actor.UserName, action, caseCode, conversationId, detail, cancellationToken);
    }

    public Task RecordAsync(string actor, string action, string? caseCode = null, string? conversationId = null, string? detail = null, CancellationToken cancellationToken = default) =>
        log.AppendAsync(
            new AuditEntry(clock.GetUtcNow(), actor, action)
            {
                CaseCode = caseCode,
                Conversation = conversationId is null ? null : Masking.Phone(conversationId),
                Detail = detail is null ? null : Masking.NikLike(detail),
            },
            cancellationToken);
}
