using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Catalog;

/// <summary>What the validators share while one dialogs folder loads: where it is, the errors so far, the texts.</summary>
internal sealed class LoadContext(string dialogsPath)
{
    public string DialogsPath { get; } = Path.GetFullPath(dialogsPath);

    public DialogErrorList Errors { get; } = new();

    /// <summary>Set once the text files are read (empty when none could be).</summary>
    public TextTable Texts { get; set; } = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    /// <summary>The default language from bot.json when it is usable, else "id".</summary>
    public string DefaultLanguage { get; set; } = "id";

    /// <summary>"dialogs/flows/x.json": the folder's own name and the path inside it, with forward slashes.</summary>
    public string Relative(string fullPath) =>
        Path.GetFileName(DialogsPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) + "/" +
        Path.GetRelativePath(DialogsPath, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    public string Full(string relativeInside) => Path.Combine(DialogsPath, relativeInside);

    public string TextFile(string language) => Relative(Full(Path.Combine("texts", language + ".json")));
}
