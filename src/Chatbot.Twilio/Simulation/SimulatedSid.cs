using System.Security.Cryptography;

namespace Chatbot.Twilio.Simulation;

/// <summary>Twilio-shaped SIDs: a two-letter prefix and 32 lowercase hex digits.</summary>
public static class SimulatedSid
{
    public static string Message() => New("SM");

    public static string Account() => New("AC");

    public static string New(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
