using Chatbot.Core.Identity;

namespace Chatbot.Dialogs.Storage;

/// <summary>
/// A NIK as its 16 digits. Reading re-parses with today's office date: the century of a two-digit birth year depends on
/// "today", and the current date gives back the birth date the prompt saw (a far-future date would turn 1985 into 2085).
/// </summary>
public sealed class NikJsonConverter(Func<DateOnly>? today = null) : StringValueConverter<Nik>
{
    private readonly Func<DateOnly> _today = today ?? OfficeToday;

    protected override string Format(Nik value) => value.Value;

    protected override bool TryParse(string text, out Nik value) => Nik.TryParse(text, _today(), out value, out _);

    private static DateOnly OfficeToday() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, OfficeTimeZone.Wib).DateTime);
}
