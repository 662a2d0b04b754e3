namespace Chatbot.Redis;

/// <summary>The scripts of the scale-out parts (instance registry, shared send rate), embedded like <see cref="RedisScripts"/>.</summary>
internal static class ScaleOutScripts
{
    public static readonly string InstanceHeartbeat = RedisScripts.Load("instance-heartbeat");
    public static readonly string SendRateAcquire = RedisScripts.Load("send-rate-acquire");
}
