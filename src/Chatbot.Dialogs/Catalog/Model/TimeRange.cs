namespace Chatbot.Dialogs.Catalog;

/// <summary>An opening period within one day, local office time; <see cref="End"/> is exclusive.</summary>
public readonly record struct TimeRange(TimeOnly Start, TimeOnly End)
{
    public TimeSpan Length => End - Start;
}
