using System.Security.Cryptography;
using System.Text;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The console's script and style, compiled into the assembly as text (<see cref="ConsoleAppScript"/>,
/// <see cref="ConsoleAppStyle"/>): no wwwroot, no CDN, no build step, works offline. The page links them with a version
/// (a hash of their content), so a new release is never served from a stale cache.
/// </summary>
public static class ConsoleAppAssets
{
    private static readonly Dictionary<string, (string ContentType, byte[] Bytes)> Files = new(StringComparer.Ordinal)
    {
        ["app.js"] = ("text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(ConsoleAppScript.Text)),
        ["app.css"] = ("text/css; charset=utf-8", Encoding.UTF8.GetBytes(ConsoleAppStyle.Text)),
    };

    public static readonly string Version = Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(ConsoleAppScript.Text + ConsoleAppStyle.Text)))[..12];

    public static IResult Serve(HttpContext httpContext, string name) =>
        Files.TryGetValue(name, out var file) ? Send(httpContext, file.ContentType, file.Bytes, Version) : Results.NotFound();

    /// <summary>An asset: cached for a day when asked for with its current <paramref name="version"/>, else revalidated.</summary>
    public static IResult Send(HttpContext httpContext, string contentType, byte[] bytes, string version)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var headers = httpContext.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = httpContext.Request.Query["v"] == version ? "private, max-age=86400, immutable" : "no-cache";
        return Results.Bytes(bytes, contentType);
    }
}
