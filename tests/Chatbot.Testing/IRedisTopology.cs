namespace Chatbot.Testing;

/// <summary>
/// A Redis the tests run against: one server (<see cref="RedisServerFixture"/>) or a three-master cluster
/// (<see cref="RedisClusterFixture"/>). A store test written against this runs unchanged on both; every test keeps to
/// its own key prefix, never flushes.
/// </summary>
public interface IRedisTopology
{
    /// <summary>StackExchange.Redis connection string.</summary>
    string ConnectionString { get; }

    /// <summary>A key prefix no other test uses.</summary>
    string NewKeyPrefix();
}
