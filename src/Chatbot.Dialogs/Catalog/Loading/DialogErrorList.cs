using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Collects the problems of every dialog file while loading goes on.</summary>
internal sealed class DialogErrorList
{
    private readonly List<DialogFileException> errors = [];
    private readonly List<(string File, string Prefix)> suppressed = [];

    public int Count => errors.Count;

    public IReadOnlyList<DialogFileException> All => errors;

    /// <summary>A problem found by the checks after reading; dropped when it lies inside a part whose shape was already wrong.</summary>
    public void Add(string file, string path, string reason)
    {
        if (suppressed.Any(s => s.File == file && IsInside(path, s.Prefix))) return;
        errors.Add(new DialogFileException(file, path, reason));
    }

    /// <summary>
    /// The shape of <paramref name="file"/> is wrong in the part at <paramref name="path"/>: later checks of that part would
    /// only repeat the problem in other words, so they are not reported.
    /// </summary>
    public void Suppress(string file, string path) => suppressed.Add((file, path));

    /// <summary>True when the part at <paramref name="path"/> had a wrong shape: its checks would only mislead.</summary>
    public bool IsSuppressed(string file, string path) => suppressed.Any(s => s.File == file && IsInside(path, s.Prefix));

    public void Add(string file, JToken token, string reason)
    {
        var info = (IJsonLineInfo)token;
        errors.Add(new DialogFileException(file, JsonPaths.Of(token), reason)
        {
            Line = info.HasLineInfo() ? info.LineNumber : null,
            Position = info.HasLineInfo() ? info.LinePosition : null,
        });
    }

    public void Add(DialogFileException error) => errors.Add(error);

    private static bool IsInside(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] is '.' or '[');
}
