namespace Chatbot.Dialogs.Recognizers;

/// <summary>Candidates best first: one = clear, several = ambiguous (ask a short numbered question), none = unknown.</summary>
public sealed record ServiceRecognition(IReadOnlyList<string> Candidates, bool AsksRequirements, bool AsksAboutFees)
{
    public bool IsClear => Candidates.Count == 1;

    public bool IsAmbiguous => Candidates.Count > 1;

    public bool IsUnknown => Candidates.Count == 0;
}
