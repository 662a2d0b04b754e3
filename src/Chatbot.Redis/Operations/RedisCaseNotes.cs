using Chatbot.Core.Ports;
using Chatbot.Redis.Json;

namespace Chatbot.Redis.Operations;

/// <summary>Operators' private notes on a case: one list per case, appended only; kept as long as the case.</summary>
public sealed class RedisCaseNotes(RedisContext redis) : ICaseNotes
{
    public async Task AddAsync(string caseCode, CaseNote note, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseCode);
        ArgumentNullException.ThrowIfNull(note);
        cancellationToken.ThrowIfCancellationRequested();
        await redis.Database.ListRightPushAsync(redis.Keys.CaseNotes(caseCode), RedisJson.Serialize(note)).WaitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseNote>> ListAsync(string caseCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseCode);
        var lines = await redis.Database.ListRangeAsync(redis.Keys.CaseNotes(caseCode)).WaitAsync(cancellationToken);
        return lines.Select(line => RedisJson.Deserialize<CaseNote>(line!)).ToList();
    }
}
