using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using StackExchange.Redis;

namespace Chatbot.Redis.Operations;

/// <summary>Every operator account, from the index <see cref="RedisOperatorAccounts"/> keeps (by creation time).</summary>
public sealed class RedisOperatorDirectory(RedisContext redis, IOperatorAccounts accounts) : IOperatorDirectory
{
    public async Task<IReadOnlyList<OperatorAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        var names = await redis.Database.SortedSetRangeByRankAsync(redis.Keys.OperatorAccountIndex, order: Order.Ascending).WaitAsync(cancellationToken);
        var found = new List<OperatorAccount>(names.Length);
        foreach (var name in names)
        {
            if (await accounts.FindAsync(name!, cancellationToken) is { } account) found.Add(account);
        }

        return found;
    }
}
