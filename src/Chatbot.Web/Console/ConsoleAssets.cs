using System.Collections.Frozen;
using System.Security.Cryptography;
using Chatbot.Core.Accounts;
using Chatbot.Web.Api;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The console's scripts (ES modules) and styles, the files under Console/Assets embedded in the assembly: no wwwroot,
/// no CDN, no build step, works offline. Served at /console/assets/{version}/{folder}/{file}, where the version is a
/// hash of every file: a module's relative imports carry it too, so everything is cached for good and a new release is
/// never mixed with a stale cache. Who may fetch what follows the folder: public/ anyone (the sign-in page's style),
/// lib/ and ikd/ any signed-in account, app/ those who may work cases (as the pages that use them).
/// </summary>
public static class ConsoleAssets
{
    public const string Root = ConsolePaths.Root + "/assets";

    private const string ResourcePrefix = "console/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    public static readonly string Version = Convert.ToHexStringLower(
        SHA256.HashData(Files.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value).ToArray()))[..12];

    /// <summary>The address of a file, e.g. <c>Url("app/main.js")</c>; throws for a file that is not there (a typo is found at once).</summary>
    public static string Url(string path) =>
        Files.ContainsKey(path) ? $"{Root}/{Version}/{path}" : throw new ArgumentException($"No console asset '{path}' under Console/Assets.", nameof(path));

    /// <summary>The four folders, each with the authorization of the pages that use it.</summary>
    public static WebApplication MapConsoleAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var assets = app.MapGroup(Root + "/{version}").ExcludeFromDescription();
        assets.MapGet("/public/{name}", (HttpContext c, string version, string name) => Serve(c, version, "public/" + name))
            .AllowAnonymous().AllowWhilePasswordChangeRequired();
        assets.MapGet("/lib/{name}", (HttpContext c, string version, string name) => Serve(c, version, "lib/" + name))
            .RequireSignedIn();
        assets.MapGet("/ikd/{name}", (HttpContext c, string version, string name) => Serve(c, version, "ikd/" + name))
            .RequireSignedIn();
        assets.MapGet("/app/{name}", (HttpContext c, string version, string name) => Serve(c, version, "app/" + name))
            .RequireCapability(Capability.WorkCases);
        return app;
    }

    /// <summary>The current file, cached for good when asked for with the current version, else revalidated each time.</summary>
    private static IResult Serve(HttpContext httpContext, string version, string path)
    {
        if (!Files.TryGetValue(path, out var bytes)) return Results.NotFound();
        var headers = httpContext.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = version == Version ? "private, max-age=31536000, immutable" : "no-cache";
        return Results.Bytes(bytes, ContentTypes[Path.GetExtension(path)]);
    }

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(ConsoleAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var path = resource[ResourcePrefix.Length..].Replace('\\', '/');
            if (!ContentTypes.ContainsKey(Path.GetExtension(path))) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[path] = copy.ToArray();
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
