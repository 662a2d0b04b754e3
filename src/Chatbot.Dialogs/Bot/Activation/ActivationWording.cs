using System.Globalization;
using Chatbot.Core.Activation;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Keys = Chatbot.Dialogs.Catalog.Texts.ActivationTextKeys;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>How sessions and bookings read to the citizen: "Rabu, 4 Maret 2026", "09.00–12.00 WIB", the place, the code.</summary>
public sealed class ActivationWording(DialogCatalog catalog)
{
    public string Date(string language, DateOnly day)
    {
        var weekdays = catalog.Words(language, Keys.DayNames);
        var months = catalog.Words(language, TextKeys.DateMonthNames);
        // The lists start on Monday and in January; DayOfWeek starts on Sunday.
        var weekday = weekdays.ElementAtOrDefault(((int)day.DayOfWeek + 6) % 7) ?? day.DayOfWeek.ToString();
        var month = months.ElementAtOrDefault(day.Month - 1) ?? day.Month.ToString(CultureInfo.InvariantCulture);
        return catalog.Text(language, Keys.DateFormat, new Dictionary<string, string>
        {
            ["weekday"] = Capitalised(weekday),
            ["day"] = day.Day.ToString(CultureInfo.InvariantCulture),
            ["month"] = Capitalised(month),
            ["year"] = day.Year.ToString(CultureInfo.InvariantCulture),
        });
    }

    public string Date(string language, DateTimeOffset at) => Date(language, LocalDate(at));

    public string Time(string language, ActivationSession session) => catalog.Text(language, Keys.TimeFormat, new Dictionary<string, string>
    {
        ["start"] = Clock(language, session.StartsAt),
        ["end"] = Clock(language, session.EndsAt),
    });

    /// <summary>The office's calendar date of an instant (bot.json timeZone).</summary>
    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(catalog.Calendar.ToLocal(at));

    public string AreaName(string areaId) => catalog.Activation.Area(areaId)?.Name ?? areaId;

    /// <summary>{code} {date} {time} {place} of a booking at a session.</summary>
    public Dictionary<string, string> Details(string language, BookingCode code, ActivationSession session) => new()
    {
        ["code"] = code.ToString(),
        ["date"] = Date(language, session.StartsAt),
        ["time"] = Time(language, session),
        ["place"] = session.Place,
    };

    /// <summary>The message that confirms a seat: the code, when and where, what to bring, the reminders to come.</summary>
    public string Booked(string language, ActivationBooking booking, ActivationSession session)
    {
        var args = Details(language, booking.Code, session);
        args["bring"] = catalog.Text(language, Keys.Bring);
        return catalog.Text(language, Keys.Booked, args);
    }

    public string Say(string language, string key, ActivationBooking booking, ActivationSession session) =>
        catalog.Text(language, key, Details(language, booking.Code, session));

    private string Clock(string language, DateTimeOffset at)
    {
        var local = catalog.Calendar.ToLocal(at);
        return catalog.Text(language, Keys.ClockFormat, new Dictionary<string, string>
        {
            ["hh"] = local.Hour.ToString("00", CultureInfo.InvariantCulture),
            ["mm"] = local.Minute.ToString("00", CultureInfo.InvariantCulture),
        });
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
