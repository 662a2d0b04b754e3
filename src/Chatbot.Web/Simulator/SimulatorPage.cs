using System.Reflection;

namespace Chatbot.Web.Simulator;

/// <summary>The simulator's page and its script and style, embedded in the assembly (no CDN: it works offline).</summary>
public static class SimulatorPage
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["app.js"] = "text/javascript; charset=utf-8",
        ["app.css"] = "text/css; charset=utf-8",
    };

    public static IResult Asset(string name)
    {
        if (!ContentTypes.TryGetValue(name, out var contentType)) return Results.NotFound();
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("simulator/" + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }
}
