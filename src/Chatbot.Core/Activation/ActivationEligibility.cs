using Chatbot.Core.Identity;

namespace Chatbot.Core.Activation;

/// <summary>
/// Who can activate the digital ID (IKD) at a session: an e-KTP already recorded, 17 years or older or married (or
/// once married), a smartphone of their own with internet, and an active e-mail address and phone number (the IKD app
/// sends codes to both). The first rule not met is the one the citizen is told about, with the way forward.
/// </summary>
public static class ActivationEligibility
{
    public const int MinimumAge = 17;

    /// <summary>Age in whole years on <paramref name="today"/>, from the birth date in the NIK.</summary>
    public static int AgeOn(Nik nik, DateOnly today)
    {
        var birth = nik.BirthDate;
        var age = today.Year - birth.Year;
        return birth.AddYears(age) > today ? age - 1 : age;
    }

    public static bool IsOldEnough(Nik nik, DateOnly today) => AgeOn(nik, today) >= MinimumAge;
}
