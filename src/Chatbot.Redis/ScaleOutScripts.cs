namespace Chatbot.Redis;

/// <summary>The scripts of the scale-out parts (instance registry, shared send rate), embedded like <see cref="RedisScripts"/>.</summary>
internal static class ScaleOutScripts
{
    public static readonly string InstanceHeartbeat = Load("instance-heartbeat");
    public static readonly string SendRateAcquire = Load("send-rate-acquire");

    private static string Load(string name)
    {
        var resource = $"Chatbot.Redis.Scripts.{name}.lua";
        using var stream = typeof(ScaleOutScripts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded script {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
