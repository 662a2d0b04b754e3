using System.Globalization;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Checks dialogs/bot.json and builds the working calendar from it.</summary>
internal static class BotValidator
{
    public static WorkingCalendar? Check(LoadContext context, BotSettings bot, string file)
    {
        var errors = context.Errors;
        if (string.IsNullOrWhiteSpace(bot.Office)) errors.Add(file, "$.office", "the office name is empty");
        if (!context.Texts.HasLanguage(bot.DefaultLanguage))
        {
            errors.Add(file, "$.defaultLanguage", $"no texts/{bot.DefaultLanguage}.json for the default language '{bot.DefaultLanguage}'");
        }

        if (bot.IdleExpiryMinutes is < 1 or > 7 * 24 * 60) errors.Add(file, "$.idleExpiryMinutes", "must be between 1 and 10080 (a week)");
        CheckWords(context, bot, file);
        if (string.IsNullOrWhiteSpace(bot.ComplaintChannel)) errors.Add(file, "$.complaintChannel", "name where citizens report fees or brokers (e.g. SP4N-LAPOR! www.lapor.go.id)");
        if (bot.Intents.RequirementsQuestion.Count == 0) errors.Add(file, "$.intents.requirementsQuestion", "list the words of a question about requirements (syarat, bawa apa, …)");
        if (bot.Intents.FeesOrBrokers.Count == 0) errors.Add(file, "$.intents.feesOrBrokers", "list the words of a question about fees or brokers (biaya, bayar, calo, …)");
        CheckQueues(context, bot, file);
        var zone = FindZone(bot.TimeZone);
        if (zone is null) errors.Add(file, "$.timeZone", $"unknown time zone '{bot.TimeZone}' (use an IANA id such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura)");
        var weekly = CheckHours(context, bot.WorkingHours, file);
        var closed = new HashSet<DateOnly>();
        for (var i = 0; i < bot.ClosedDates.Count; i++)
        {
            if (DateOnly.TryParseExact(bot.ClosedDates[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) closed.Add(date);
            else errors.Add(file, JsonPaths.Index("$.closedDates", i), $"'{bot.ClosedDates[i]}' is not a date written as yyyy-MM-dd (e.g. 2026-08-17)");
        }

        return zone is null || weekly is null ? null : new WorkingCalendar(zone, weekly, closed);
    }

    private static void CheckWords(LoadContext context, BotSettings bot, string file)
    {
        var owner = new Dictionary<string, (GlobalWord Word, string Language)>(StringComparer.Ordinal);
        foreach (var (language, words) in bot.Words)
        {
            var at = JsonPaths.Property("$.words", language);
            if (!context.Texts.HasLanguage(language)) context.Errors.Add(file, at, $"no texts/{language}.json for the language '{language}'");
            foreach (var word in Enum.GetValues<GlobalWord>())
            {
                var list = words.Of(word);
                var listAt = JsonPaths.Property(at, Name(word));
                for (var i = 0; i < list.Count; i++)
                {
                    var normal = WordNormalizer.Normalize(list[i]);
                    if (normal.Length == 0)
                    {
                        context.Errors.Add(file, JsonPaths.Index(listAt, i), "the word is empty");
                    }
                    else if (owner.TryGetValue(normal, out var first) && first.Word != word)
                    {
                        context.Errors.Add(file, JsonPaths.Index(listAt, i), $"'{list[i]}' is also a '{Name(first.Word)}' word (in '{first.Language}'); a word can mean one thing only");
                    }
                    else
                    {
                        owner.TryAdd(normal, (word, language));
                    }
                }
            }
        }

        foreach (var word in Enum.GetValues<GlobalWord>().Where(w => !bot.Words.Values.Any(l => l.Of(w).Count > 0)))
        {
            context.Errors.Add(file, "$.words", $"no '{Name(word)}' word in any language");
        }
    }

    private static void CheckQueues(LoadContext context, BotSettings bot, string file)
    {
        foreach (var (name, queue) in bot.Queues)
        {
            var at = JsonPaths.Property("$.queues", name);
            if (queue.MinutesPerCase < 1) context.Errors.Add(file, at + ".minutesPerCase", "must be at least 1");
            if (queue.OperatorsOnDuty < 1) context.Errors.Add(file, at + ".operatorsOnDuty", "must be at least 1");
        }

        if (!bot.Queues.ContainsKey(bot.AgentQueue))
        {
            context.Errors.Add(file, "$.agentQueue", $"unknown queue '{bot.AgentQueue}' (queues: {string.Join(", ", bot.Queues.Keys)})");
        }
    }

    private static Dictionary<DayOfWeek, IReadOnlyList<TimeRange>>? CheckHours(LoadContext context, WeeklyHours hours, string file)
    {
        var weekly = new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>>();
        var ok = true;
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var text = hours.For(day);
            var at = "$.workingHours." + day.ToString().ToLowerInvariant();
            if (WorkingHoursText.TryParse(text, out var ranges, out var error)) weekly[day] = ranges;
            else
            {
                context.Errors.Add(file, at, error);
                ok = false;
            }
        }

        if (ok && weekly.Values.All(r => r.Count == 0))
        {
            context.Errors.Add(file, "$.workingHours", "the office is closed every day; at least one day needs hours");
            ok = false;
        }

        return ok ? weekly : null;
    }

    private static TimeZoneInfo? FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            // Hosts without tzdata: the three Indonesian zones have no daylight saving, so a fixed offset is exact.
            return id switch
            {
                "Asia/Jakarta" or "Asia/Pontianak" => TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(7), "WIB", "WIB"),
                "Asia/Makassar" => TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(8), "WITA", "WITA"),
                "Asia/Jayapura" => TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(9), "WIT", "WIT"),
                _ => null,
            };
        }
    }

    private static string Name(GlobalWord word) => word.ToString().ToLowerInvariant();
}
