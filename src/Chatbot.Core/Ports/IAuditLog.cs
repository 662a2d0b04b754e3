namespace Chatbot.Core.Ports;

/// <summary>
/// Who did what to which case or conversation, and when: append-only (nothing is ever changed or removed), read by
/// supervisors by time range. Never holds a NIK or a full phone number: a conversation is named by its masked number.
/// </summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries recorded from <paramref name="from"/> up to <paramref name="to"/> (both inclusive), oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(DateTimeOffset from, DateTimeOffset to, int max, CancellationToken cancellationToken = default);
}

/// <summary>One audited action. <see cref="Id"/> is given by the store.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action)
{
    public string? Id { get; init; }

    /// <summary>The case concerned, as "ABC-234".</summary>
    public string? CaseCode { get; init; }

    /// <summary>The conversation concerned, masked ("+62812****7890").</summary>
    public string? Conversation { get; init; }

    /// <summary>What changed, e.g. "Diproses → Dicetak", "queue ktp-cilegon"; never a NIK or a message's text.</summary>
    public string? Detail { get; init; }
}

/// <summary>The <see cref="AuditEntry.Action"/> names.</summary>
public static class AuditActions
{
    public const string SignIn = "account.signIn";
    public const string AccountCreated = "account.created";
    public const string AccountDeactivated = "account.deactivated";
    public const string PasswordChanged = "account.passwordChanged";
    public const string PasswordReset = "account.passwordReset";
    public const string CaseStatus = "case.status";
    public const string CaseNote = "case.note";
    public const string NikRevealed = "case.nikRevealed";
    public const string TakeOver = "conversation.takeOver";
    public const string Reply = "conversation.reply";
    public const string Template = "conversation.template";
    public const string HandBack = "conversation.handBack";
    public const string Transfer = "conversation.transfer";
    public const string ConversationNote = "conversation.note";
}
