using System.Globalization;
using System.Text;

namespace Chatbot.Core.Identity;

/// <summary>
/// What the 16-digit numbers of the civil registry (NIK, No. KK) share: typed with spaces, dots or dashes; the first
/// six digits a Kemendagri region code; a DDMMYY date in digits 7–12; masked whenever shown.
/// </summary>
internal static class RegistryNumber
{
    public const int Length = 16;

    public enum Shape
    {
        Valid,
        Empty,
        NotDigits,
        WrongLength,
        UnknownRegion,
    }

    /// <summary>The 16 digits without separators, or the first reason they are not a registry number.</summary>
    public static Shape Read(string? input, out string value)
    {
        value = string.Empty;
        var digits = new StringBuilder(Length);
        foreach (var c in input ?? string.Empty)
        {
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (c is not (' ' or '.' or '-' or '\u00A0')) return Shape.NotDigits;
        }

        if (digits.Length == 0) return Shape.Empty;
        if (digits.Length != Length) return Shape.WrongLength;
        value = digits.ToString();
        return IndonesianRegions.IsProvinceCode(value[..2]) && value[2..4] != "00" && value[4..6] != "00"
            ? Shape.Valid
            : Shape.UnknownRegion;
    }

    /// <summary>
    /// Day and month as numbers, the year as two digits: the latest century that does not put the date in the future.
    /// A date later this year is a century ago when <paramref name="laterThisYearIsPast"/> (a birth date), else refused (an issue date).
    /// </summary>
    public static bool TryDate(int day, int month, int twoDigitYear, DateOnly today, bool laterThisYearIsPast, out DateOnly date)
    {
        date = default;
        var year = 2000 + twoDigitYear;
        if (year > today.Year) year -= 100;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        if (date <= today) return true;
        date = date.AddYears(-100);
        return laterThisYearIsPast;
    }

    public static int Digits(string value, int start) => int.Parse(value.AsSpan(start, 2), CultureInfo.InvariantCulture);

    /// <summary>Region code kept, date and serial hidden: 3672**********01 style (<see cref="Masking.Nik"/>).</summary>
    public static string Mask(string? value) => value is null ? string.Empty : Masking.Nik(value);

    public static bool HasSerial(string value) => value[12..] != "0000";
}
