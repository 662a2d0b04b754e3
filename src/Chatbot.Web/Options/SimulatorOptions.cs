namespace Chatbot.Web.Options;

/// <summary>Settings of the "Simulator" section: the development-only WhatsApp look-alike and fake Twilio API.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>Maps /simulator (page, API, media, fake Messages API). Never in production.</summary>
    public bool Enabled { get; set; }

    /// <summary>Folder of uploaded photos; relative to the content root.</summary>
    public string DataPath { get; set; } = ".data/simulator";

    /// <summary>Where the simulator posts its signed webhooks; empty = the address the page was opened at.</summary>
    public string? SelfBaseUrl { get; set; }

    /// <summary>How many messages the in-memory timeline keeps (oldest dropped first).</summary>
    public int MaxMessages { get; set; } = 5000;

    /// <summary>Pause between the fake status callbacks sent, delivered, read.</summary>
    public int StatusCallbackDelayMilliseconds { get; set; } = 400;
}
