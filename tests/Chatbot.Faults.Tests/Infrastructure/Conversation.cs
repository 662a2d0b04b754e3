namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>A citizen's conversation: messages sent one after another, each once the previous one was accepted.</summary>
public sealed class Conversation(Citizen citizen, IReadOnlyList<Step> steps)
{
    public Citizen Citizen { get; } = citizen;

    public IReadOnlyList<Step> Steps { get; } = steps;

    /// <summary>"halo": the greeting, then the menu.</summary>
    public static Conversation Halo(Citizen citizen) =>
        new(citizen, [new Step("halo", [BotTexts.Greeting, BotTexts.Menu])]);

    /// <summary>"halo", "1" (report a recorded e-KTP), "ya" (consent): greeting, menu, consent question, NIK question.</summary>
    public static Conversation HaloOneYes(Citizen citizen) =>
        new(citizen,
        [
            new Step("halo", [BotTexts.Greeting, BotTexts.Menu]),
            new Step("1", [BotTexts.Consent]),
            new Step("ya", [BotTexts.AskNik]),
        ]);
}
