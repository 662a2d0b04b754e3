namespace Chatbot.Web.Activation;

/// <summary>An area sessions count for: its wajib KTP and its target (percent).</summary>
public sealed record AreaView(string Id, string Name, int WajibKtp, decimal TargetPercent);
