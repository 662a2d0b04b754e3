using System.Globalization;
using Chatbot.Core.Messaging;
using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;

namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>A citizen of the load: an Indonesian mobile number (distinct per test and index) and a WhatsApp profile name.</summary>
public sealed record Citizen(string Phone, string Name)
{
    private static readonly string[] Names = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Wati", "Eko", "Rina", "Joko", "Ani"];

    /// <summary>+62 8{block}{index:0000000}: a block per test keeps the tests' citizens apart.</summary>
    public static Citizen Number(int block, int index) =>
        new($"+628{block % 100:00}{index:0000000}", Names[index % Names.Length] + " " + index.ToString(CultureInfo.InvariantCulture));

    public string WhatsApp => TwilioAddress.ToWhatsApp(Phone);

    /// <summary>The form Twilio posts when this citizen writes <paramref name="text"/>, with a fresh MessageSid.</summary>
    public SimulatedCitizenMessage Says(string text) => new(SimulatedSid.Message(), Phone, Name, text, Array.Empty<MediaRef>());
}
