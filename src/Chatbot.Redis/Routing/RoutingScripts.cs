namespace Chatbot.Redis.Routing;

/// <summary>The routing script (Scripts/routing.lua, embedded like <see cref="RedisScripts"/>): every routing step, one slot.</summary>
internal static class RoutingScripts
{
    public static readonly string Routing = Load("routing");

    private static string Load(string name)
    {
        var resource = $"Chatbot.Redis.Scripts.{name}.lua";
        using var stream = typeof(RoutingScripts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded script {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
