using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>What every store needs: the shared multiplexer, the options and the key layout built from them.</summary>
public sealed class RedisContext
{
    public RedisContext(IConnectionMultiplexer multiplexer, IOptions<RedisOptions> options, ILoggerFactory? loggerFactory = null)
    {
        Multiplexer = multiplexer;
        Options = options.Value;
        Keys = new RedisKeys(Options.KeyPrefix, Options.Partitions);
        LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        Database = RedisFailureProxy<IDatabase>.Wrap(multiplexer.GetDatabase());
    }

    public IConnectionMultiplexer Multiplexer { get; }

    public RedisOptions Options { get; }

    public RedisKeys Keys { get; }

    public ILoggerFactory LoggerFactory { get; }

    /// <summary>The database of every store command and script; "Redis cannot serve now" arrives as StoreUnavailableException.</summary>
    public IDatabase Database { get; }

    internal Task<RedisResult> EvalAsync(string script, RedisKey[] keys, RedisValue[] values) =>
        Database.ScriptEvaluateAsync(script, keys, values);
}
