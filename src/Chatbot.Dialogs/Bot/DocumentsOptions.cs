namespace Chatbot.Dialogs.Bot;

/// <summary>What the upload step asks for: the requirements that apply after the answers so far, in order.</summary>
public sealed class DocumentsOptions
{
    public List<string> RequirementIds { get; set; } = [];

    /// <summary>False: no list first (the office asks again for one document).</summary>
    public bool Intro { get; set; } = true;
}
