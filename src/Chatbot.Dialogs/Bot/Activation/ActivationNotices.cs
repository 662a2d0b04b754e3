using Chatbot.Dialogs.Catalog;
using Keys = Chatbot.Dialogs.Catalog.Texts.ActivationTextKeys;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>
/// What the bot says about a booking on its own: the reminders (information only), a moved session (keep, pick another,
/// cancel?) and a called-off session (pick another session). Returns the question to start, if any.
/// </summary>
public sealed class ActivationNotices(DialogCatalog catalog, ActivationWording wording)
{
    public static bool Handles(string eventName) => eventName is TemplateEvents.IkdReminderDayBefore or TemplateEvents.IkdReminderHoursBefore
        or TemplateEvents.IkdSessionChanged or TemplateEvents.IkdSessionCancelled;

    public async Task<OfficeQuestionOptions?> SayAsync(ITurnContext turn, CitizenEvent citizenEvent, CancellationToken ct)
    {
        var (booking, session) = citizenEvent.SubjectAs<BookingNotice>();
        var language = turn.Conversation.Language;
        var args = wording.Details(language, booking.Code, session);
        switch (citizenEvent.Name)
        {
            case TemplateEvents.IkdReminderDayBefore:
                args["bring"] = catalog.Text(language, Keys.Bring);
                await turn.SendActivityAsync(catalog.Text(language, Keys.ReminderDayBefore, args), ct);
                return null;
            case TemplateEvents.IkdReminderHoursBefore:
                await turn.SendActivityAsync(catalog.Text(language, Keys.ReminderHoursBefore, args), ct);
                return null;
            case TemplateEvents.IkdSessionChanged:
                await turn.SendActivityAsync(catalog.Text(language, Keys.SessionChanged, args), ct);
                return new OfficeQuestionOptions { DialogId = ManageDialog.DialogId, Options = new ManageRequest { Code = booking.Code.ToString(), Changed = true } };
            case TemplateEvents.IkdSessionCancelled:
                await turn.SendActivityAsync(catalog.Text(language, Keys.SessionCancelled, args), ct);
                return new OfficeQuestionOptions
                {
                    DialogId = BookingDialog.DialogId,
                    Options = new BookingRequest { Nik = booking.Nik.Value, FullName = booking.FullName, Alternatives = true, AreaId = session.AreaId, ExceptSession = session.Id },
                };
            default:
                throw new ArgumentException($"Not a booking event: '{citizenEvent.Name}'.", nameof(citizenEvent));
        }
    }
}
