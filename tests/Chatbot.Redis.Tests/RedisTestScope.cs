using Chatbot.Testing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Chatbot.Redis.Tests;

/// <summary>A connection (to one server or a cluster) and a fresh key prefix for one test.</summary>
internal sealed class RedisTestScope : IDisposable
{
    private RedisTestScope(ConnectionMultiplexer multiplexer, RedisOptions options)
    {
        Multiplexer = multiplexer;
        Context = new RedisContext(multiplexer, Options.Create(options));
    }

    public ConnectionMultiplexer Multiplexer { get; }

    public RedisContext Context { get; }

    public RedisKeys Keys => Context.Keys;

    public IDatabase Db => Multiplexer.GetDatabase();

    public static RedisTestScope Create(IRedisTopology redis, Action<RedisOptions>? configure = null)
    {
        var options = new RedisOptions { ConnectionString = redis.ConnectionString, KeyPrefix = redis.NewKeyPrefix() };
        configure?.Invoke(options);
        return new RedisTestScope(ConnectionMultiplexer.Connect(options.ConnectionString!), options);
    }

    public void Dispose() => Multiplexer.Dispose();
}
