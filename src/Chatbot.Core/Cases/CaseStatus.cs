namespace Chatbot.Core.Cases;

/// <summary>The lifecycle of a case (names as the office says them).</summary>
public enum CaseStatus
{
    Baru,
    Diproses,
    Dicetak,
    DikirimPos,
    SiapDiambil,
    Selesai,
    Ditolak,
    Dibatalkan,

    /// <summary>The office needs a document again (or one more): the citizen's next upload in the chat answers it.</summary>
    PerluDilengkapi,

    /// <summary>The document is issued (a PDF the citizen prints, or ready at the office); then Selesai.</summary>
    Terbit,
}
