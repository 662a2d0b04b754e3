using System.Security.Cryptography;
using System.Text;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The IKD pages' scripts and style, compiled into the assembly as text (Assets/): no wwwroot, no CDN, no build step.
/// ikd.js holds what every IKD page shares; each page has its own small script. Linked with a version (a hash of
/// their content), so a new release is never served from a stale cache.
/// </summary>
public static class IkdAssets
{
    private const string Script = "text/javascript; charset=utf-8";

    private static readonly Dictionary<string, (string ContentType, string Text)> Texts = new(StringComparer.Ordinal)
    {
        ["ikd.js"] = (Script, IkdCommonScript.Text),
        ["sessions.js"] = (Script, IkdSessionsScript.Text),
        ["checkin.js"] = (Script, IkdCheckInScript.Text),
        ["progress.js"] = (Script, IkdProgressScript.Text),
        ["groups.js"] = (Script, IkdGroupsScript.Text),
        ["ikd.css"] = ("text/css; charset=utf-8", IkdStyle.Text),
    };

    private static readonly Dictionary<string, (string ContentType, byte[] Bytes)> Files =
        Texts.ToDictionary(f => f.Key, f => (f.Value.ContentType, Encoding.UTF8.GetBytes(f.Value.Text)), StringComparer.Ordinal);

    public static readonly string Version = Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(Texts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value.Text)))))[..12];

    public static string Path(string name) => IkdPages.Assets + "/" + name + "?v=" + Version;

    public static IResult Serve(HttpContext httpContext, string name) =>
        Files.TryGetValue(name, out var file) ? ConsoleAppAssets.Send(httpContext, file.ContentType, file.Bytes, Version) : Results.NotFound();
}
