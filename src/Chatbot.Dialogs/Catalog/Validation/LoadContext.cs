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

    /// <summary>Texts written in a service file rather than in texts/: key → that file.</summary>
    public Dictionary<string, string> ServiceTextFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Where a text is written: texts/{language}.json at $['key'], or a service file at $.texts.{language}['key'].</summary>
    public (string File, string Path) TextLocation(string language, string key) =>
        ServiceTextFiles.TryGetValue(key, out var file)
            ? (file, JsonPaths.Property(JsonPaths.Property("$.texts", language), key))
            : (TextFile(language), JsonPaths.Property("$", key));
}
