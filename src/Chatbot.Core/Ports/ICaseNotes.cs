namespace Chatbot.Core.Ports;

/// <summary>Operators' private notes on a case, oldest first; never sent to the citizen.</summary>
public interface ICaseNotes
{
    Task AddAsync(string caseCode, CaseNote note, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CaseNote>> ListAsync(string caseCode, CancellationToken cancellationToken = default);
}

public sealed record CaseNote(DateTimeOffset At, string Author, string Text);
