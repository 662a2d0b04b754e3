namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// One thing wrong in one dialog file: which file (relative, e.g. "dialogs/services/kk-baru.json"), where inside it
/// (a JSON path such as "$.steps[2].type") and why, phrased for the office admin who edits the file.
/// </summary>
public sealed class DialogFileException(string file, string path, string reason)
    : Exception($"{file} at {path}: {reason}")
{
    public string File { get; } = file;

    public string JsonPath { get; } = path;

    public string Reason { get; } = reason;

    /// <summary>1-based line of the problem when it is known (syntax errors and structural errors).</summary>
    public int? Line { get; init; }

    public int? Position { get; init; }
}
