using System.Globalization;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// What became of each outbound message: a hash per message (status, provider id, times per status, error) and an
/// index from the provider's id to ours. A report for a provider id we do not know yet (it can overtake our own
/// record) is kept aside and merged when the id is linked; one for an id never linked simply expires. The same hash
/// counts the attempts to hand the message over (<see cref="IDeliveryAttempts"/>) until its outcome is recorded.
/// </summary>
public sealed class RedisDeliveryLog(RedisContext redis) : IDeliveryLog, IDeliveryAttempts
{
    private readonly ILogger logger = redis.LoggerFactory.CreateLogger<RedisDeliveryLog>();

    /// <summary>
    /// Our record and the provider's id live in different slots, so this is a sequence of steps, each idempotent and
    /// in an order where a crash between two of them loses nothing (doing it all again is harmless): 1. link the
    /// provider's id to ours, so that every later status report goes straight to our record; 2. record the accepted
    /// status; 3. merge a report that overtook us; 4. only then forget that report.
    /// </summary>
    public async Task MarkAcceptedAsync(OutboundMessage message, string providerMessageId, DeliveryStatus status, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(providerMessageId);
        cancellationToken.ThrowIfCancellationRequested();
        var earlyKey = redis.Keys.EarlyStatus(providerMessageId);
        var early = (RedisResult[])(await redis.EvalAsync(
            RedisScripts.DeliveryLink,
            [redis.Keys.DeliveryByProviderId(providerMessageId), earlyKey],
            [message.Id, TtlMilliseconds]))!;

        await ApplyToRecordAsync(message.Id, status, at, null, null, providerMessageId, message.ConversationId);

        if (!early[0].IsNull && Enum.TryParse<DeliveryStatus>((string?)early[0], out var earlyStatus))
        {
            var earlyAt = DateTimeOffset.Parse((string)early[1]!, CultureInfo.InvariantCulture);
            await ApplyToRecordAsync(message.Id, earlyStatus, earlyAt, (string?)early[2], (string?)early[3], providerMessageId, message.ConversationId);
            await redis.Database.KeyDeleteAsync(earlyKey);
        }
    }

    public Task MarkFailedAsync(OutboundMessage message, string? errorCode, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        return ApplyToRecordAsync(message.Id, DeliveryStatus.Failed, at, errorCode, reason, null, message.ConversationId);
    }

    public async Task ApplyAsync(StatusUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        cancellationToken.ThrowIfCancellationRequested();
        var ourId = await redis.Database.StringGetAsync(redis.Keys.DeliveryByProviderId(update.ProviderMessageId));
        if (ourId.IsNull)
        {
            logger.LogInformation("Status {Status} for unknown provider message {ProviderMessageId} kept aside", update.Status, update.ProviderMessageId);
            // Kept as long as a repeated message id: a real overtaken report is linked within seconds.
            await ApplyAsync(redis.Keys.EarlyStatus(update.ProviderMessageId), update.Status, update.At, update.ErrorCode, update.ErrorMessage, update.ProviderMessageId, null, null, (long)redis.Options.ProcessedMarkerTtl.TotalMilliseconds);
            return;
        }

        await ApplyToRecordAsync(ourId!, update.Status, update.At, update.ErrorCode, update.ErrorMessage, update.ProviderMessageId, null);
    }

    public async Task<DeliveryRecord?> GetAsync(string outboundMessageId, CancellationToken cancellationToken = default)
    {
        var fields = (await redis.Database.HashGetAllAsync(redis.Keys.Delivery(outboundMessageId)).WaitAsync(cancellationToken))
            .ToDictionary(e => (string)e.Name!, e => (string?)e.Value);
        if (!fields.TryGetValue("status", out var statusText) || !Enum.TryParse<DeliveryStatus>(statusText, out var status)) return null;
        return new DeliveryRecord(
            outboundMessageId,
            fields.GetValueOrDefault("conversation") ?? string.Empty,
            fields.GetValueOrDefault("provider"),
            status,
            DateTimeOffset.Parse(fields["updated"]!, CultureInfo.InvariantCulture),
            NullIfEmpty(fields.GetValueOrDefault("errorCode")),
            NullIfEmpty(fields.GetValueOrDefault("errorMessage")));
    }

    public async Task<DeliveryProgress> BeginAttemptAsync(OutboundMessage message, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        var state = (RedisResult[])(await redis.EvalAsync(
            RedisScripts.DeliveryAttempt,
            [redis.Keys.Delivery(message.Id)],
            [at.ToString("O", CultureInfo.InvariantCulture), TtlMilliseconds, message.ConversationId, message.Id]).WaitAsync(cancellationToken))!;
        // Any recorded status settles the message (the script counted nothing), even one this version does not know.
        DeliveryStatus? outcome = state[0].IsNull ? null : Enum.TryParse<DeliveryStatus>((string?)state[0], out var status) ? status : DeliveryStatus.Pending;
        var attempts = state.Length > 1 && !state[1].IsNull ? (int)state[1] : 0;
        DateTimeOffset? first = state.Length > 2 && !state[2].IsNull ? DateTimeOffset.Parse((string)state[2]!, CultureInfo.InvariantCulture) : null;
        return new DeliveryProgress(outcome, attempts, first);
    }

    public async Task<string?> FindByProviderIdAsync(string providerMessageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(providerMessageId);
        var ours = await redis.Database.StringGetAsync(redis.Keys.DeliveryByProviderId(providerMessageId)).WaitAsync(cancellationToken);
        return ours.IsNull ? null : (string?)ours;
    }

    private long TtlMilliseconds => (long)redis.Options.ConversationTtl.TotalMilliseconds;

    private Task ApplyToRecordAsync(string ourId, DeliveryStatus status, DateTimeOffset at, string? errorCode, string? errorMessage, string? providerId, string? conversationId) =>
        ApplyAsync(redis.Keys.Delivery(ourId), status, at, errorCode, errorMessage, providerId, conversationId, ourId, TtlMilliseconds);

    private Task ApplyAsync(RedisKey key, DeliveryStatus status, DateTimeOffset at, string? errorCode, string? errorMessage, string? providerId, string? conversationId, string? ourId, long ttlMilliseconds) =>
        redis.EvalAsync(
            RedisScripts.DeliveryApply,
            [key],
            [
                status.ToString(),
                DeliveryStatusRank.Of(status),
                at.ToString("O", CultureInfo.InvariantCulture),
                errorCode ?? string.Empty,
                errorMessage ?? string.Empty,
                ttlMilliseconds,
                providerId ?? string.Empty,
                conversationId ?? string.Empty,
                ourId ?? string.Empty,
            ]);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
