using System.Text.RegularExpressions;

namespace Chatbot.Dialogs.Tests.Transcripts;

/// <summary>Transcript expectations: the whole message must match; "*" is any text (new lines too). Spaces at line ends are ignored.</summary>
public static class Glob
{
    public static bool IsMatch(string glob, string text)
    {
        var pattern = "^" + string.Join(".*", glob.Split('*').Select(Regex.Escape)) + "$";
        return Regex.IsMatch(Normalize(text), pattern, RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    private static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()));
}
