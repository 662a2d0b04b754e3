namespace Chatbot.Core.Identity;

/// <summary>
/// Nomor Kartu Keluarga: 16 digits = province(2) regency(2) district(2) issue date DDMMYY(6) serial(4). The date is
/// when the KK was issued, not a birth date: no +40 for women, and it cannot lie in the future.
/// Personal data under UU 27/2022: <see cref="ToString"/> is masked so that it never leaks into a log by accident.
/// </summary>
public readonly record struct NoKk
{
    public const int Length = RegistryNumber.Length;

    private NoKk(string value, DateOnly issueDate)
    {
        Value = value;
        IssueDate = issueDate;
    }

    /// <summary>The 16 digits. Use only where the full number is needed (storage, an audited reveal).</summary>
    public string Value { get; }

    public DateOnly IssueDate { get; }

    public string ProvinceCode => Value[..2];

    public string RegencyCode => Value[..4];

    /// <summary>Region code kept, issue date and serial hidden: 3672**********01 style.</summary>
    public string Masked => RegistryNumber.Mask(Value);

    public override string ToString() => Masked;

    public static NoKk Parse(string value, DateOnly today) =>
        TryParse(value, today, out var noKk, out var error) ? noKk : throw new FormatException($"Invalid No. KK: {error}");

    /// <summary>Accepts digits with spaces, dots or dashes between them, as citizens type them.</summary>
    public static bool TryParse(string? input, DateOnly today, out NoKk noKk, out NoKkError error)
    {
        noKk = default;
        error = RegistryNumber.Read(input, out var value) switch
        {
            RegistryNumber.Shape.Empty => NoKkError.Empty,
            RegistryNumber.Shape.NotDigits => NoKkError.NotDigits,
            RegistryNumber.Shape.WrongLength => NoKkError.WrongLength,
            RegistryNumber.Shape.UnknownRegion => NoKkError.UnknownRegion,
            _ => NoKkError.None,
        };
        if (error != NoKkError.None) return false;

        if (!RegistryNumber.TryDate(RegistryNumber.Digits(value, 6), RegistryNumber.Digits(value, 8), RegistryNumber.Digits(value, 10), today, laterThisYearIsPast: false, out var issued))
        {
            error = NoKkError.InvalidIssueDate;
            return false;
        }

        if (!RegistryNumber.HasSerial(value))
        {
            error = NoKkError.InvalidSerial;
            return false;
        }

        noKk = new NoKk(value, issued);
        return true;
    }
}

public enum NoKkError
{
    None,
    Empty,
    NotDigits,
    WrongLength,
    UnknownRegion,
    InvalidIssueDate,
    InvalidSerial,
}
