namespace Chatbot.Dialogs.Bot;

/// <summary>
/// Something the office tells a citizen on its own (not as an answer): a case was printed, a session is tomorrow. The
/// <see cref="Name"/> is a <see cref="Catalog.TemplateEvents"/> event, the <see cref="Subject"/> what it is about (a
/// <see cref="Core.Cases.ServiceCase"/>, an <see cref="Activation.BookingNotice"/>), and <see cref="Values"/> what the
/// approved template's variables may be filled with outside WhatsApp's 24-hour window.
/// </summary>
/// <param name="Phone">The citizen's WhatsApp number: the conversation to tell.</param>
/// <param name="Language">The language to speak when the conversation has no turn of its own (expired, never started).</param>
public sealed record CitizenEvent(string Name, string Phone, string Language, object Subject, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The subject as <typeparamref name="T"/>; throws when the event is about something else.</summary>
    public T SubjectAs<T>()
        where T : class =>
        Subject as T ?? throw new InvalidOperationException($"Event '{Name}' is about {Subject.GetType().Name}, not {typeof(T).Name}.");
}
