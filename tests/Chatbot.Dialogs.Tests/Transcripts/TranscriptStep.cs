namespace Chatbot.Dialogs.Tests.Transcripts;

/// <summary>One line of a transcript file, in the order it must happen.</summary>
public abstract record TranscriptStep(int Line)
{
    /// <summary>"> text": the citizen sends a text message.</summary>
    public sealed record Says(int Line, string Text) : TranscriptStep(Line);

    /// <summary>">photo image/jpeg 250000 [caption]": the citizen sends a media item of that type and size.</summary>
    public sealed record SendsMedia(int Line, string ContentType, long SizeBytes, string Caption) : TranscriptStep(Line);

    /// <summary>">location -6.01,106.05": the citizen shares a location.</summary>
    public sealed record SendsLocation(int Line, double Latitude, double Longitude) : TranscriptStep(Line);

    /// <summary>"&lt; glob": the next bot message must match ("*" stands for any text, new lines included).</summary>
    public sealed record BotSays(int Line, string Glob) : TranscriptStep(Line);

    /// <summary>"@wait 31m": time passes (m, h, d).</summary>
    public sealed record Wait(int Line, TimeSpan Duration) : TranscriptStep(Line);

    /// <summary>"@from +628… Name": later messages come from this citizen.</summary>
    public sealed record From(int Line, string Phone, string ProfileName) : TranscriptStep(Line);

    /// <summary>"@repeat": the previous citizen message is delivered again with the same message id (Twilio retry).</summary>
    public sealed record Repeat(int Line) : TranscriptStep(Line);

    /// <summary>
    /// "@expect mode Queued", "@expect cases 1", "@expect status Dicetak", "@expect field rating=4",
    /// "@expect result WrongPickupCode": a check on what the conversation or the last "@case" left behind.
    /// </summary>
    public sealed record Expect(int Line, string What, string Value) : TranscriptStep(Line);

    /// <summary>
    /// "@case printed", "@case tracking P2203120012345", "@case pickup-confirm [code]", "@case complete",
    /// "@case processing", "@case notify-again": an operator changes the citizen's newest case through CaseUpdates.
    /// The bot lines after it are what the citizen is told. A refusal fails the transcript unless "@expect result …"
    /// follows.
    /// </summary>
    public sealed record CaseAction(int Line, string Action, string? Argument) : TranscriptStep(Line);

    /// <summary>"@window closed": a day passes without a message from the citizen, so WhatsApp's 24-hour window closes.</summary>
    public sealed record WindowClosed(int Line) : TranscriptStep(Line);

    /// <summary>
    /// "@session S1 area=ciwandan date=+2d 09:00-12:00 officers=2 [perOfficer=1] [reserved=pt-x] [place=Aula_Kecamatan]",
    /// "@group UND-K7MQ2X session=S1 seats=3 institution=pt-x [unit=Bagian_Umum]": the office sets up an IKD activation
    /// session (named S1 in the transcript) or an institution's group booking. Nothing is said to the citizen.
    /// </summary>
    public sealed record Setup(int Line, string Kind, string Name, string Arguments) : TranscriptStep(Line);

    /// <summary>
    /// "@office cancel-session S1 [reason]", "@office edit-session S1 [date=+3d] [10:00-12:00] [place=…]",
    /// "@office remind-now S1", "@reminders" (the reminder worker sends what is due now): the office acts through
    /// ActivationDesk; the bot lines after it are what the citizen is told.
    /// </summary>
    public sealed record OfficeAction(int Line, string Action, string Arguments) : TranscriptStep(Line);
}
