using System.Globalization;

namespace Chatbot.Web.Activation;

/// <summary>A range of office-local days from the query ("from", "to" as yyyy-MM-dd, both inclusive), at most a year long.</summary>
public readonly record struct OfficeDateRange(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    public static OfficeDateRange? Parse(string? from, string? to, DateOnly defaultFrom, DateOnly defaultTo, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var start = Day(from, "from", defaultFrom, errors);
        var end = Day(to, "to", defaultTo, errors);
        if (start is null || end is null) return null;
        if (end < start) errors.Add("to", "Tanggal akhir sebelum tanggal awal.");
        else if (end.Value.DayNumber - start.Value.DayNumber >= MaxDays) errors.Add("to", $"Rentang paling lama {MaxDays} hari.");
        else return new OfficeDateRange(start.Value, end.Value);
        return null;
    }

    private static DateOnly? Day(string? text, string field, DateOnly fallback, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors.Add(field, "Tanggal dengan format yyyy-MM-dd.");
        return null;
    }
}
