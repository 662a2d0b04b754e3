using System.Security.Cryptography;

namespace Chatbot.Web.Accounts;

/// <summary>
/// Passwords handed out once (a new account's first password): 16 characters from a cryptographic generator, from an
/// alphabet without look-alikes (no 0/O/o, 1/l/I), so they can be read aloud or copied by hand (about 93 bits).
/// </summary>
public static class OneTimePassword
{
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    public const int Length = 16;

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);
}
