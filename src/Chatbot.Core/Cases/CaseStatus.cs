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
}
