using Chatbot.Dialogs.Catalog;

namespace Chatbot.Desk.Activation;

/// <summary>The office's clock (dialogs/bot.json timeZone): instants shown with the office's offset, local dates and their bounds.</summary>
public sealed class OfficeTime(DialogCatalog catalog, TimeProvider clock)
{
    public TimeZoneInfo Zone => catalog.Calendar.Zone;

    public DateTimeOffset Now => Local(clock.GetUtcNow());

    public DateOnly Today => DateOf(clock.GetUtcNow());

    /// <summary>The instant with the office's offset ("2026-12-03T08:00:00+07:00" in the API).</summary>
    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    public DateTimeOffset? Local(DateTimeOffset? at) => at is { } value ? Local(value) : null;

    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(Local(at).DateTime);

    /// <summary>The office's midnight at the start of <paramref name="day"/>.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
