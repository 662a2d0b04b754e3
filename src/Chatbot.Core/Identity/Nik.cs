namespace Chatbot.Core.Identity;

/// <summary>
/// Nomor Induk Kependudukan: 16 digits = province(2) regency(2) district(2) birth date DDMMYY (day +40 for women) serial(4).
/// Personal data under UU 27/2022: <see cref="ToString"/> is masked so that it never leaks into a log by accident.
/// </summary>
public readonly record struct Nik
{
    public const int Length = RegistryNumber.Length;

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
    public string Masked => RegistryNumber.Mask(Value);

    public override string ToString() => Masked;

    public static Nik Parse(string value, DateOnly today) =>
        TryParse(value, today, out var nik, out var error) ? nik : throw new FormatException($"Invalid NIK: {error}");

    /// <summary>Accepts digits with spaces, dots or dashes between them, as citizens type them.</summary>
    public static bool TryParse(string? input, DateOnly today, out Nik nik, out NikError error)
    {
        nik = default;
        error = RegistryNumber.Read(input, out var value) switch
        {
            RegistryNumber.Shape.Empty => NikError.Empty,
            RegistryNumber.Shape.NotDigits => NikError.NotDigits,
            RegistryNumber.Shape.WrongLength => NikError.WrongLength,
            RegistryNumber.Shape.UnknownRegion => NikError.UnknownRegion,
            _ => NikError.None,
        };
        if (error != NikError.None) return false;

        var day = RegistryNumber.Digits(value, 6);
        var female = day > 40;
        if (female) day -= 40;
        if (!RegistryNumber.TryDate(day, RegistryNumber.Digits(value, 8), RegistryNumber.Digits(value, 10), today, laterThisYearIsPast: true, out var birth))
        {
            error = NikError.InvalidBirthDate;
            return false;
        }

        if (!RegistryNumber.HasSerial(value))
        {
            error = NikError.InvalidSerial;
            return false;
        }

        nik = new Nik(value, birth, female);
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
