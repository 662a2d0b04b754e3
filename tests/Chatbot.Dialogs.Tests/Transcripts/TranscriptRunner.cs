using System.Globalization;
using Chatbot.Core.Cases;
using Chatbot.Core.Conversations;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Desk.Cases;
using Chatbot.Dialogs.Catalog;
using Chatbot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Dialogs.Tests.Transcripts;

/// <summary>
/// Plays a transcript through the production path minus HTTP: the inbox (dedupe + stream), the turn handler with the
/// real catalog and real Redis stores, and the outbox stream, whose entries are what the bot said. "@case" lines play
/// the operator: they call <see cref="CaseUpdates"/> as the console will, and what the bot then says comes out of the
/// same outbox (a template shows as "[template HX…] variables"). "@session", "@group", "@office" and "@reminders" play
/// the office's side of IKD activation (<see cref="ActivationDirectives"/>).
/// </summary>
public sealed class TranscriptRunner : IAsyncDisposable
{
    private const string Consumer = "transcript";
    private const string Operator = "siti";
    private readonly ServiceProvider services;
    private readonly ManualClock clock;
    private readonly List<string> log = [];
    private readonly ActivationDirectives activation;
    private string phone = "+6281234567890";
    private string profileName = "Budi";
    private InboundMessage? last;
    private CaseActionResult? lastAction;

    public TranscriptRunner(RedisServerFixture redis, DialogCatalog catalog, DateTimeOffset start)
    {
        clock = new ManualClock(start);
        services = BotServices.Create(redis, catalog, clock);
        activation = new ActivationDirectives(services, DateOnly.FromDateTime(start.DateTime));
    }

    public async Task PlayAsync(TranscriptFile file)
    {
        var steps = file.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            var said = steps[i] switch
            {
                TranscriptStep.Says s => await SendAsync(s.Text, []),
                TranscriptStep.SendsMedia m => await SendAsync(m.Caption, [new MediaRef($"https://media.test/{Guid.NewGuid():N}", m.ContentType, m.SizeBytes)]),
                TranscriptStep.SendsLocation l => await SendAsync(string.Empty, [], new GeoLocation(l.Latitude, l.Longitude)),
                TranscriptStep.Repeat => await RepeatAsync(),
                TranscriptStep.CaseAction a => await CaseActionAsync(file, a, steps.Skip(i + 1).FirstOrDefault(s => s is not TranscriptStep.BotSays)),
                TranscriptStep.OfficeAction o => await OfficeActionAsync(file, o),
                _ => null,
            };
            await ApplyDirectiveAsync(file, steps[i]);
            if (said is null) continue;

            var expected = steps.Skip(i + 1).TakeWhile(s => s is TranscriptStep.BotSays).Cast<TranscriptStep.BotSays>().ToList();
            for (var k = 0; k < Math.Max(expected.Count, said.Count); k++)
            {
                if (k >= said.Count) Fail(file, expected[k].Line, $"the bot said nothing more, expected:\n{expected[k].Glob}");
                if (k >= expected.Count) Fail(file, steps[i].Line, $"the bot said more than the transcript expects:\n{said[k]}");
                if (!Glob.IsMatch(expected[k].Glob, said[k])) Fail(file, expected[k].Line, $"expected:\n{expected[k].Glob}\nbut the bot said:\n{said[k]}");
            }

            i += expected.Count;
        }
    }

    private async Task ApplyDirectiveAsync(TranscriptFile file, TranscriptStep step)
    {
        switch (step)
        {
            case TranscriptStep.Wait w:
                clock.Advance(w.Duration);
                break;
            case TranscriptStep.WindowClosed:
                clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
                break;
            case TranscriptStep.From f:
                phone = f.Phone;
                profileName = f.ProfileName;
                break;
            case TranscriptStep.BotSays b:
                Fail(file, b.Line, "a bot line without a citizen message before it");
                break;
            case TranscriptStep.Expect { What: "mode" } e:
                var state = (await services.GetRequiredService<IConversationStore>().LoadAsync(phone, null)).State;
                if (state.Mode.ToString() != e.Value) Fail(file, e.Line, $"mode is {state.Mode}, expected {e.Value}");
                break;
            case TranscriptStep.Expect { What: "cases" } e:
                var cases = await services.GetRequiredService<ICaseStore>().ListForRequesterAsync(phone);
                if (cases.Count.ToString(CultureInfo.InvariantCulture) != e.Value) Fail(file, e.Line, $"{cases.Count} cases, expected {e.Value}");
                break;
            case TranscriptStep.Expect { What: "result" } e:
                if (lastAction is null) Fail(file, e.Line, "no '@case' before this expectation");
                else if (lastAction.Outcome.ToString() != e.Value) Fail(file, e.Line, $"the last @case ended {lastAction.Outcome} ({lastAction.Reason}), expected {e.Value}");
                break;
            case TranscriptStep.Expect { What: "status" } e:
                var newest = await NewestCaseAsync(file, e.Line);
                if (newest.Status.ToString() != e.Value) Fail(file, e.Line, $"case {newest.Code} is {newest.Status}, expected {e.Value}");
                break;
            case TranscriptStep.Expect { What: "field" } e:
                var (name, value) = (e.Value.Split('=', 2)[0], e.Value.Contains('=', StringComparison.Ordinal) ? e.Value.Split('=', 2)[1] : null);
                var withFields = await NewestCaseAsync(file, e.Line);
                var actual = withFields.Fields.GetValueOrDefault(name);
                if (actual != value) Fail(file, e.Line, $"case field '{name}' is {actual ?? "absent"}, expected {value ?? "absent"}");
                break;
            case TranscriptStep.Expect e when ActivationDirectives.Expects(e.What):
                if (await activation.ExpectAsync(e.What, e.Value, phone) is { } wrong) Fail(file, e.Line, wrong);
                break;
            case TranscriptStep.Expect e:
                Fail(file, e.Line, $"unknown expectation '{e.What}'");
                break;
            case TranscriptStep.Setup setup:
                if (await activation.SetupAsync(setup) is { } refused) Fail(file, setup.Line, refused);
                break;
        }
    }

    /// <summary>The operator's side: one call of <see cref="CaseUpdates"/> on the citizen's newest case, then what the bot sent.</summary>
    private async Task<List<string>> CaseActionAsync(TranscriptFile file, TranscriptStep.CaseAction action, TranscriptStep? next)
    {
        clock.Advance(TimeSpan.FromSeconds(5));
        var updates = services.GetRequiredService<CaseUpdates>();
        var @case = await NewestCaseAsync(file, action.Line);
        var code = @case.Code;
        lastAction = action.Action switch
        {
            "processing" => await updates.MarkProcessingAsync(code, Operator),
            "printed" => await updates.MarkPrintedAsync(code, Operator),
            "tracking" => await updates.SetTrackingNumberAsync(code, action.Argument ?? string.Empty, Operator),
            "pickup-confirm" => await updates.ConfirmPickupAsync(code, action.Argument ?? @case.PickupCode ?? string.Empty, Operator),
            "complete" => await updates.CompleteAsync(code, Operator),
            "refuse" => await updates.RefuseAsync(code, action.Argument ?? string.Empty, Operator),
            "cancel" => await updates.CancelAsync(code, action.Argument, Operator),
            "notify-again" => await updates.NotifyAgainAsync(code, Operator),
            _ => null,
        };
        if (lastAction is null) Fail(file, action.Line, $"unknown case action '{action.Action}' (processing, printed, tracking <number>, pickup-confirm [code], complete, refuse <reason>, cancel [reason], notify-again)");
        if (!lastAction!.Succeeded && next is not TranscriptStep.Expect { What: "result" })
        {
            Fail(file, action.Line, $"@case {action.Action} was refused: {lastAction.Outcome} ({lastAction.Reason})");
        }

        var said = await ReadOutboxAsync();
        return said;
    }

    /// <summary>The office's side of IKD activation (<see cref="ActivationDirectives"/>), then what the bot sent.</summary>
    private async Task<List<string>> OfficeActionAsync(TranscriptFile file, TranscriptStep.OfficeAction action)
    {
        clock.Advance(TimeSpan.FromSeconds(5));
        if (await activation.ActAsync(action) is { } refused) Fail(file, action.Line, refused);
        return await ReadOutboxAsync();
    }

    private async Task<ServiceCase> NewestCaseAsync(TranscriptFile file, int line)
    {
        var store = services.GetRequiredService<ICaseStore>();
        var summaries = await store.ListForRequesterAsync(phone);
        if (summaries.Count == 0) Fail(file, line, $"{phone} has no case");
        return (await store.GetAsync(summaries[0].Code))!;
    }

    private async Task<List<string>> SendAsync(string text, IReadOnlyList<MediaRef> media, GeoLocation? location = null)
    {
        clock.Advance(TimeSpan.FromSeconds(5));
        last = new InboundMessage
        {
            MessageId = "SM" + Guid.NewGuid().ToString("N"),
            ConversationId = phone,
            ProfileName = profileName,
            Text = text,
            Media = media,
            Location = location,
            ReceivedAt = clock.GetUtcNow(),
        };
        Assert.True(await services.GetRequiredService<IInbox>().AcceptAsync(last));
        return await ProcessAsync();
    }

    /// <summary>Twilio delivers the same message again: the inbox drops it, and nothing more is said.</summary>
    private async Task<List<string>> RepeatAsync()
    {
        Assert.NotNull(last);
        Assert.False(await services.GetRequiredService<IInbox>().AcceptAsync(last!));
        return await ProcessAsync();
    }

    private async Task<List<string>> ProcessAsync()
    {
        var inbox = services.GetRequiredService<IInboxReader>();
        var handler = services.GetRequiredService<IInboundHandler>();
        var partition = Partitioning.PartitionOf(phone, inbox.Partitions);
        foreach (var entry in await inbox.ReadAsync(partition, Consumer, 10, TimeSpan.Zero))
        {
            await handler.HandleAsync(entry);
        }

        return await ReadOutboxAsync();
    }

    private async Task<List<string>> ReadOutboxAsync()
    {
        var outbox = services.GetRequiredService<IOutboxReader>();
        var partition = Partitioning.PartitionOf(phone, services.GetRequiredService<IInboxReader>().Partitions);
        var said = new List<string>();
        foreach (var entry in await outbox.ReadAsync(partition, Consumer, 50, TimeSpan.Zero))
        {
            said.Add(Render(entry.Message));
            await outbox.AckAsync(entry.Receipt);
        }

        log.AddRange(said.Select(s => "< " + s));
        return said;
    }

    /// <summary>Free text as it is; a template as "[template HX…] 1st variable · 2nd variable …".</summary>
    private static string Render(OutboundMessage message) =>
        message.Template is { } template
            ? $"[template {template.ContentSid}] " + string.Join(" · ", template.Variables.OrderBy(v => int.Parse(v.Key, CultureInfo.InvariantCulture)).Select(v => v.Value))
            : message.Text ?? string.Empty;

    private void Fail(TranscriptFile file, int line, string reason) =>
        Assert.Fail($"{file.Name}.transcript line {line}: {reason}\n\n--- what the bot said so far ---\n{string.Join("\n", log)}");

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
