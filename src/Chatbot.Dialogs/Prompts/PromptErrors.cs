namespace Chatbot.Dialogs.Prompts;

/// <summary>Why a prompt refused an answer: keys of <see cref="PromptOptions.RetryPrompts"/>. Arguments in braces.</summary>
public static class PromptErrors
{
    public const string TextEmpty = "text.empty";
    public const string ChoiceUnrecognized = "choice.unrecognized";
    public const string ConfirmUnrecognized = "confirm.unrecognized";
    public const string DateUnrecognized = "date.unrecognized";

    /// <summary>A stretch of time, not a day ("minggu lalu"). Arguments {from} and {to}: the range, dd/MM/yyyy.</summary>
    public const string DateVague = "date.vague";

    public const string NikEmpty = "nik.empty";
    public const string NikNotDigits = "nik.notDigits";

    /// <summary>Argument {count}: how many digits the citizen sent.</summary>
    public const string NikWrongLength = "nik.wrongLength";
    public const string NikUnknownRegion = "nik.unknownRegion";
    public const string NikInvalidBirthDate = "nik.invalidBirthDate";
    public const string NikInvalidSerial = "nik.invalidSerial";

    public const string NoKkEmpty = "noKk.empty";
    public const string NoKkNotDigits = "noKk.notDigits";

    /// <summary>Argument {count}: how many digits the citizen sent.</summary>
    public const string NoKkWrongLength = "noKk.wrongLength";
    public const string NoKkUnknownRegion = "noKk.unknownRegion";

    /// <summary>Digits 7-12 are no date, or a date after today.</summary>
    public const string NoKkInvalidIssueDate = "noKk.invalidIssueDate";
    public const string NoKkInvalidSerial = "noKk.invalidSerial";

    public const string PhoneInvalid = "phone.invalid";
    public const string PostalCodeInvalid = "postalCode.invalid";

    public const string MediaNone = "media.none";

    /// <summary>Argument {contentType}: the type that was refused.</summary>
    public const string MediaWrongType = "media.wrongType";

    /// <summary>Argument {maxMb}: the limit in megabytes.</summary>
    public const string MediaTooLarge = "media.tooLarge";

    /// <summary>A photo or file came where words are asked for (said with the question again).</summary>
    public const string MediaUnexpected = "media.unexpected";

    public const string LocationNone = "location.none";
}
