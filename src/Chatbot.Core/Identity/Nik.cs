using System.Globalization;

namespace Chatbot.Core.Identity;

/// <summary>
/// Nomor Induk Kependudukan: 16 digits = province(2) regency(2) district(2) birth date DDMMYY (day +40 for women) serial(4).
/// Personal data under UU 27/2022: <see cref="ToString"/> is masked so that it never leaks into a log by accident.
/// </summary>
public readonly record struct Nik
{
    public const int Length = 16;

    private Nik(string value, DateOnly birthDate, bool isFemale)
    {
        Value = value;
        BirthDate = birthDate;
        IsFemale = isFemale;
    }

    /// <summary>The 16 digits. Use only where the full number is needed (storage, an audited reveal).</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    public bool IsFemale { get; }

    public string ProvinceCode => Value[..2];

    public string RegencyCode => Value[..4];

    /// <summary>Region code kept, birth date and serial hidden: 3672**********01 style.</summary>
    public string Masked => Value is null ? string.Empty : Value[..4] + new string('*', 10) + Value[14..];

    public override string ToString() => Masked;

    public static Nik Parse(string value, DateOnly today) =>
        TryParse(value, today, out var nik, out var error) ? nik : throw new FormatException($"Invalid NIK: {error}");

    /// <summary>Accepts digits with spaces, dots or dashes between them, as citizens type them.</summary>
    public static bool TryParse(string? input, DateOnly today, out Nik nik, out NikError error)
    {
        nik = default;
        var digits = new System.Text.StringBuilder(Length);
        foreach (var c in input ?? string.Empty)
        {
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (c is ' ' or '.' or '-' or '\u00A0') continue;
            else { error = NikError.NotDigits; return false; }
        }

        if (digits.Length == 0) { error = NikError.Empty; return false; }
        if (digits.Length != Length) { error = NikError.WrongLength; return false; }
        var value = digits.ToString();
        if (!IndonesianRegions.IsProvinceCode(value[..2]) || value[2..4] == "00" || value[4..6] == "00")
        {
            error = NikError.UnknownRegion;
            return false;
        }

        var day = int.Parse(value[6..8], CultureInfo.InvariantCulture);
        var month = int.Parse(value[8..10], CultureInfo.InvariantCulture);
        var year2 = int.Parse(value[10..12], CultureInfo.InvariantCulture);
        var female = day > 40;
        if (female) day -= 40;
        // Two-digit year: the latest century that does not put the birth in the future.
        var year = 2000 + year2;
        if (year > today.Year) year -= 100;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = NikError.InvalidBirthDate;
            return false;
        }

        var birth = new DateOnly(year, month, day);
        if (birth > today)
        {
            birth = birth.AddYears(-100);
        }

        if (value[12..] == "0000")
        {
            error = NikError.InvalidSerial;
            return false;
        }

        nik = new Nik(value, birth, female);
        error = NikError.None;
        return true;
    }
}

public enum NikError
{
    None,
    Empty,
    NotDigits,
    WrongLength,
    UnknownRegion,
    InvalidBirthDate,
    InvalidSerial,
}
