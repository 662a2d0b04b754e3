namespace Chatbot.Redis.Routing;

/// <summary>The routing script (Scripts/routing.lua, embedded like <see cref="RedisScripts"/>): every routing step, one slot.</summary>
internal static class RoutingScripts
{
    public static readonly string Routing = RedisScripts.Load("routing");
}
