namespace Chatbot.Core.Cases;

/// <summary>Where a sent document stands.</summary>
public enum CaseDocumentStatus
{
    /// <summary>Sent by the citizen, not judged yet.</summary>
    Received,

    /// <summary>The office asked for it again (unreadable, wrong document): a newer one replaces it.</summary>
    Rejected,
}
