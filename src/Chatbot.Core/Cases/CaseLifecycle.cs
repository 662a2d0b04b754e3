namespace Chatbot.Core.Cases;

/// <summary>
/// Which status may follow which: Baru → Diproses → Dicetak → DikirimPos | SiapDiambil → Selesai, or Diproses → Terbit →
/// Selesai for a document the citizen prints; Baru or Diproses → PerluDilengkapi (a document asked again) → Diproses once
/// it is in; Ditolak or Dibatalkan from any open state before the document exists.
/// </summary>
public static class CaseLifecycle
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Next = new()
    {
        [CaseStatus.Baru] = [CaseStatus.Diproses, CaseStatus.PerluDilengkapi, CaseStatus.Ditolak, CaseStatus.Dibatalkan],
        [CaseStatus.Diproses] = [CaseStatus.Dicetak, CaseStatus.Terbit, CaseStatus.PerluDilengkapi, CaseStatus.Ditolak, CaseStatus.Dibatalkan],
        [CaseStatus.PerluDilengkapi] = [CaseStatus.Diproses, CaseStatus.Ditolak, CaseStatus.Dibatalkan],
        [CaseStatus.Terbit] = [CaseStatus.Selesai],
        [CaseStatus.Dicetak] = [CaseStatus.DikirimPos, CaseStatus.SiapDiambil, CaseStatus.Dibatalkan],
        [CaseStatus.DikirimPos] = [CaseStatus.Selesai],
        [CaseStatus.SiapDiambil] = [CaseStatus.Selesai, CaseStatus.DikirimPos],
        [CaseStatus.Selesai] = [],
        [CaseStatus.Ditolak] = [],
        [CaseStatus.Dibatalkan] = [],
    };

    public static bool IsOpen(CaseStatus status) => Next[status].Length > 0;

    public static bool CanMove(CaseStatus from, CaseStatus to) => Next[from].Contains(to);

    public static IReadOnlyList<CaseStatus> NextOf(CaseStatus from) => Next[from];
}
