using Chatbot.Core.Cases;
using Chatbot.Core.Identity;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;

namespace Chatbot.Dialogs.Bot;

/// <summary>Turns a finished flow into a case (or joins the open one of the same NIK and service) and tells the citizen where they stand.</summary>
public sealed class CaseFiling(DialogCatalog catalog, ICaseStore cases)
{
    public async Task FileAsync(ITurnContext turn, ServiceDefinition service, FlowAnswers answers, CancellationToken ct)
    {
        var flow = catalog.Flows[answers.FlowId];
        var done = flow.Done ?? throw new InvalidOperationException($"Flow '{flow.Id}' opens cases but has no 'done' texts (the catalog checks this at load).");
        var nik = answers.Values.Values.OfType<Nik>().First();
        var documents = answers.Values.Values.OfType<IEnumerable<CaseDocument>>().SelectMany(d => d).ToList();
        var draft = new ServiceCase
        {
            Code = CaseCode.New(),
            Service = service.Id,
            Queue = service.Queue,
            RequesterPhone = turn.Conversation.ConversationId,
            SubjectNik = nik.Value,
            FullName = answers.Values.TryGetValue("fullName", out var name) ? name as string ?? string.Empty : string.Empty,
            Status = CaseStatus.Baru,
            CreatedAt = turn.Now,
            Language = turn.Conversation.Language,
            Fields = flow.Steps
                .Where(s => s.Type is not (StepType.Nik or StepType.Confirm or StepType.Media or StepType.Documents))
                .Select(s => (s.Field, Value: FlowValueText.ForOffice(answers.Values.GetValueOrDefault(s.Field))))
                .Where(f => f.Value is not null)
                .ToDictionary(f => f.Field, f => f.Value!),
            Attachments = answers.Values.Values.OfType<IEnumerable<MediaRef>>().SelectMany(m => m)
                .Concat(documents.Select(d => new MediaRef(d.MediaUrl, d.ContentType, d.SizeBytes))).ToList(),
            Documents = documents,
            History = [new StatusChange(CaseStatus.Baru, turn.Now, "bot")],
        };

        var admission = await cases.OpenOrJoinAsync(draft, ct);
        var language = turn.Conversation.Language;
        var args = new Dictionary<string, string>
        {
            ["code"] = admission.Case.Code.ToString(),
            ["position"] = admission.QueuePosition.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["wait"] = catalog.DescribeWait(language, admission.Case.Queue, admission.QueuePosition, turn.Now),
        };
        await turn.SendActivityAsync(catalog.Text(language, admission.JoinedExisting ? done.Joined : done.Created, args), ct);
    }
}
