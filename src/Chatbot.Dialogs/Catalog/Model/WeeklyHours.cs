using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Opening hours per weekday as the admin writes them: "08:00-16:00", "08:00-12:00, 13:00-16:00" or "closed".</summary>
public sealed class WeeklyHours
{
    [JsonRequired] public string Monday { get; init; } = string.Empty;

    [JsonRequired] public string Tuesday { get; init; } = string.Empty;

    [JsonRequired] public string Wednesday { get; init; } = string.Empty;

    [JsonRequired] public string Thursday { get; init; } = string.Empty;

    [JsonRequired] public string Friday { get; init; } = string.Empty;

    [JsonRequired] public string Saturday { get; init; } = string.Empty;

    [JsonRequired] public string Sunday { get; init; } = string.Empty;

    public string For(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Monday,
        DayOfWeek.Tuesday => Tuesday,
        DayOfWeek.Wednesday => Wednesday,
        DayOfWeek.Thursday => Thursday,
        DayOfWeek.Friday => Friday,
        DayOfWeek.Saturday => Saturday,
        _ => Sunday,
    };
}
