using Chatbot.Core.Activation;
using StackExchange.Redis;

namespace Chatbot.Redis.Activation;

/// <summary>Reads the {outcome, booking json, session json} answer of the booking scripts.</summary>
internal static class BookingResults
{
    public static BookingResult Read(RedisResult[] result) => new(
        Enum.Parse<BookingOutcome>((string)result[0]!),
        result.Length > 1 ? BookingRecord.Read((string?)result[1]) : null,
        result.Length > 2 ? SessionRecord.Read((string?)result[2]) : null);

    /// <summary>Reminders as the scripts take them: kind, due ms, kind, due ms…</summary>
    public static IEnumerable<RedisValue> Values(IReadOnlyList<ScheduledReminder> reminders)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        foreach (var reminder in reminders)
        {
            yield return reminder.Kind.ToString();
            yield return IkdTime.Ms(reminder.DueAt);
        }
    }
}
