namespace Chatbot.Core.Activation;

/// <summary>
/// The activation target of one area: how many citizens must hold a KTP there (<i>wajib KTP</i>) and what share of
/// them should have an activated IKD (national target 25–30 %).
/// </summary>
public sealed record AreaTarget(string AreaId, string Name, int WajibKtp, decimal TargetPercent)
{
    /// <summary>Activations needed to reach the target (rounded up).</summary>
    public int TargetCount => (int)Math.Ceiling(WajibKtp * TargetPercent / 100m);
}
