using Chatbot.Core.Ports;

namespace Chatbot.Redis.Operations;

/// <summary>The provider's id → our id (the link <see cref="RedisDeliveryLog"/> keeps) → our record.</summary>
public sealed class RedisDeliveryLookup(RedisContext redis, RedisDeliveryLog log) : IDeliveryLookup
{
    public async Task<DeliveryRecord?> FindByProviderIdAsync(string providerMessageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(providerMessageId);
        var ours = await redis.Database.StringGetAsync(redis.Keys.DeliveryByProviderId(providerMessageId)).WaitAsync(cancellationToken);
        return ours.IsNull ? null : await log.GetAsync(ours!, cancellationToken);
    }
}
