using Chatbot.Core.Identity;

namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// The error codes a step type reports when an answer is refused; a step's "retry" maps each of them to a text key,
/// and the loader checks that every code has one.
/// </summary>
public static class StepErrorCodes
{
    public const string Invalid = "invalid";
    public const string Future = "future";
    public const string TooOld = "tooOld";
    public const string None = "none";
    public const string WrongType = "wrongType";
    public const string TooLarge = "tooLarge";
    public const string Missing = "missing";
    public const string Unsupported = "unsupported";

    public static IReadOnlyList<string> For(StepType type) => type switch
    {
        StepType.Date => [Invalid, Future, TooOld],
        StepType.Nik => ["empty", "notDigits", "wrongLength", "unknownRegion", "invalidBirthDate", "invalidSerial"],
        StepType.Media => [None, WrongType, TooLarge],
        StepType.Documents => [None, WrongType, TooLarge, Missing, Unsupported],
        StepType.Location => [None],
        _ => [Invalid],
    };

    /// <summary>"notDigits" for <see cref="NikError.NotDigits"/>: the retry code of a refused NIK.</summary>
    public static string Of(NikError error)
    {
        var name = error.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
