using Chatbot.Core.Cases;
using Chatbot.Core.Conversations;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Desk.Cases;
using Chatbot.Dialogs.Bot;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Tests.Transcripts;
using Chatbot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Dialogs.Tests.Bot;

/// <summary>The application service the console calls, against the real catalogue and a real redis-server.</summary>
[Collection(RedisCollection.Name)]
public sealed class CaseUpdatesTests : IAsyncDisposable
{
    private static readonly Lazy<DialogCatalog> Catalog = new(() => DialogCatalog.Load(Path.Combine(RepoPaths.Root, "dialogs")));
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly ServiceProvider services;
    private readonly ManualClock clock = new(Start);
    private readonly string phone = "+62813" + Random.Shared.NextInt64(10_000_000, 99_999_999);

    public CaseUpdatesTests(RedisServerFixture redis)
    {
        services = BotServices.Create(redis, Catalog.Value, clock);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private CaseUpdates Updates => services.GetRequiredService<CaseUpdates>();

    private ICaseStore Cases => services.GetRequiredService<ICaseStore>();

    [Fact]
    public async Task Printed_inside_the_window_records_who_and_asks_the_citizen_in_free_text()
    {
        await CitizenWroteAsync(Start);
        var code = await NewCaseAsync(CaseStatus.Diproses);
        clock.Advance(TimeSpan.FromHours(2));

        var result = await Updates.MarkPrintedAsync(code, "siti");

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(new CitizenNotice(TemplateEvents.Printed, false, 2), result.Notice);
        var stored = (await Cases.GetAsync(code))!;
        Assert.Equal(CaseStatus.Dicetak, stored.Status);
        Assert.Equal(new StatusChange(CaseStatus.Dicetak, clock.GetUtcNow(), "siti"), stored.History[^1]);
        var sent = await OutboxAsync();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, m => Assert.Null(m.Template));
        Assert.StartsWith("Kabar baik, Budi Santoso!", sent[0].Text, StringComparison.Ordinal);
        var transcript = await services.GetRequiredService<IConversationStore>().GetTranscriptAsync(phone, 10);
        Assert.Equal(sent.Select(m => m.Text), transcript.Where(t => t.Speaker == Speaker.Bot).TakeLast(2).Select(t => t.Text));
    }

    [Fact]
    public async Task Printed_to_a_citizen_who_never_wrote_here_is_the_template_in_the_case_language()
    {
        var code = await NewCaseAsync(CaseStatus.Diproses, language: "en");

        var result = await Updates.MarkPrintedAsync(code, "siti");

        Assert.Equal(new CitizenNotice(TemplateEvents.Printed, true, 1), result.Notice);
        var template = Assert.Single(await OutboxAsync()).Template;
        Assert.NotNull(template);
        Assert.Equal(Catalog.Value.Templates[TemplateEvents.Printed].ContentSid, template.ContentSid);
        Assert.Equal(new Dictionary<string, string> { ["1"] = "Budi Santoso", ["2"] = code.ToString() }, template.Variables);
        var state = (await services.GetRequiredService<IConversationStore>().LoadAsync(phone, null)).State;
        Assert.Equal("en", state.Language);
        Assert.Contains("Good news, Budi Santoso!", state.DialogState, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_pickup_code_changes_nothing_and_says_nothing()
    {
        var code = await NewCaseAsync(CaseStatus.SiapDiambil, pickupCode: "K7MQ2X");
        var before = (await Cases.GetAsync(code))!;

        var result = await Updates.ConfirmPickupAsync(code, "K7MQ2Y", "siti");

        Assert.Equal(CaseActionOutcome.WrongPickupCode, result.Outcome);
        Assert.Null(result.Notice);
        var after = (await Cases.GetAsync(code))!;
        Assert.Equal((CaseStatus.SiapDiambil, before.History.Count), (after.Status, after.History.Count));
        Assert.Empty(await OutboxAsync());
    }

    [Theory]
    [InlineData("k7m-q2x")]
    [InlineData(" K7M Q2X ")]
    public async Task The_right_pickup_code_in_any_spelling_completes_the_case(string typed)
    {
        var code = await NewCaseAsync(CaseStatus.SiapDiambil, pickupCode: "K7MQ2X");

        var result = await Updates.ConfirmPickupAsync(code, typed, "andi");

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(CaseStatus.Selesai, (await Cases.GetAsync(code))!.Status);
        Assert.Equal("andi", result.Case!.History[^1].By);
    }

    [Fact]
    public async Task Two_operators_printing_at_once_make_one_move_and_one_message()
    {
        await CitizenWroteAsync(Start);
        var code = await NewCaseAsync(CaseStatus.Diproses);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            await Task.Yield();
            return await Updates.MarkPrintedAsync(code, "op" + i);
        }));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(CaseActionOutcome.IllegalMove, r.Outcome));
        Assert.Single((await Cases.GetAsync(code))!.History, h => h.Status == CaseStatus.Dicetak);
        Assert.Equal(2, (await OutboxAsync()).Count);
    }

    [Fact]
    public async Task Illegal_moves_are_refused_with_the_reason()
    {
        var code = await NewCaseAsync(CaseStatus.Baru);

        var printed = await Updates.MarkPrintedAsync(code, "siti");
        var done = await Updates.CompleteAsync(code, "siti");
        var missing = await Updates.MarkPrintedAsync(CaseCode.New(), "siti");

        Assert.Equal(CaseActionOutcome.IllegalMove, printed.Outcome);
        Assert.Equal($"Case {code} is Baru and cannot become Dicetak: from there it can go to Diproses, PerluDilengkapi, Ditolak, Dibatalkan.", printed.Reason);
        Assert.Equal(CaseActionOutcome.IllegalMove, done.Outcome);
        Assert.Equal(CaseActionOutcome.NotFound, missing.Outcome);
        Assert.Equal(CaseStatus.Baru, (await Cases.GetAsync(code))!.Status);
    }

    [Fact]
    public async Task A_tracking_number_needs_the_citizens_address_and_a_plausible_number()
    {
        var noAddress = await NewCaseAsync(CaseStatus.Dicetak);
        var withAddress = await NewCaseAsync(CaseStatus.Dicetak, fields: new Dictionary<string, string>
        {
            [CaseFields.Delivery] = CaseFields.ByPos,
            [CaseFields.DeliveryPrefix + "address"] = "Jl. Merdeka No. 12",
        });

        Assert.Equal(CaseActionOutcome.NoDeliveryAddress, (await Updates.SetTrackingNumberAsync(noAddress, "P2203120012345", "siti")).Outcome);
        Assert.Equal(CaseActionOutcome.InvalidTrackingNumber, (await Updates.SetTrackingNumberAsync(withAddress, "12", "siti")).Outcome);
        var shipped = await Updates.SetTrackingNumberAsync(withAddress, "p 2203-1200-12345", "siti");

        Assert.True(shipped.Succeeded, shipped.Reason);
        var stored = (await Cases.GetAsync(withAddress))!;
        Assert.Equal((CaseStatus.DikirimPos, "P2203120012345"), (stored.Status, stored.TrackingNumber));
        Assert.Equal("resi P2203120012345", stored.History[^1].Note);
    }

    [Fact]
    public async Task Notify_again_tells_what_the_status_asks_and_refuses_when_there_is_nothing()
    {
        await CitizenWroteAsync(Start);
        var processing = await NewCaseAsync(CaseStatus.Diproses);
        var ready = await NewCaseAsync(CaseStatus.SiapDiambil, pickupCode: "K7MQ2X", fields: new Dictionary<string, string> { [CaseFields.PickupOffice] = "cilegon" });

        Assert.Equal(CaseActionOutcome.NothingToTell, (await Updates.NotifyAgainAsync(processing, "siti")).Outcome);
        var again = await Updates.NotifyAgainAsync(ready, "siti");

        Assert.Equal(new CitizenNotice(TemplateEvents.Ready, false, 1), again.Notice);
        Assert.Contains("*Kode ambil:* K7MQ2X", Assert.Single(await OutboxAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_with_a_reason_records_it_tells_the_citizen_and_frees_the_nik()
    {
        await CitizenWroteAsync(Start);
        var code = await NewCaseAsync(CaseStatus.Diproses);

        var result = await Updates.RefuseAsync(code, "  Foto bukti rekam tidak terbaca ", "siti");

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(new CitizenNotice(TemplateEvents.Refused, false, 1), result.Notice);
        var stored = (await Cases.GetAsync(code))!;
        Assert.Equal(CaseStatus.Ditolak, stored.Status);
        Assert.Equal(new StatusChange(CaseStatus.Ditolak, clock.GetUtcNow(), "siti", "Foto bukti rekam tidak terbaca"), stored.History[^1]);
        var text = Assert.Single(await OutboxAsync()).Text!;
        Assert.Contains($"*{code}*", text, StringComparison.Ordinal);
        Assert.Contains("*Alasan:* Foto bukti rekam tidak terbaca", text, StringComparison.Ordinal);
        Assert.Contains("*petugas*", text, StringComparison.Ordinal);
        var again = await Cases.OpenOrJoinAsync(stored with { Code = CaseCode.New(), Status = CaseStatus.Baru, History = [] });
        Assert.False(again.JoinedExisting);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("ok")]
    public async Task A_refusal_needs_a_reason_of_3_to_500_characters(string reason)
    {
        var code = await NewCaseAsync(CaseStatus.Baru);

        var result = await Updates.RefuseAsync(code, reason, "siti");
        var tooLong = await Updates.CancelAsync(code, new string('x', CaseUpdates.MaxReasonLength + 1), "siti");

        Assert.Equal((CaseActionOutcome.InvalidReason, CaseActionOutcome.InvalidReason), (result.Outcome, tooLong.Outcome));
        Assert.Equal(CaseStatus.Baru, (await Cases.GetAsync(code))!.Status);
        Assert.Empty(await OutboxAsync());
    }

    [Fact]
    public async Task Cancelled_outside_the_window_is_the_template_and_can_be_told_again()
    {
        var code = await NewCaseAsync(CaseStatus.Dicetak);
        var shipped = await NewCaseAsync(CaseStatus.DikirimPos);

        var result = await Updates.CancelAsync(code, null, "siti");
        var late = await Updates.CancelAsync(shipped, "salah alamat", "siti");

        Assert.Equal(new CitizenNotice(TemplateEvents.Cancelled, true, 1), result.Notice);
        Assert.Equal(CaseActionOutcome.IllegalMove, late.Outcome);
        Assert.Null((await Cases.GetAsync(code))!.History[^1].Note);
        var template = Assert.Single(await OutboxAsync()).Template!;
        Assert.Equal(Catalog.Value.Templates[TemplateEvents.Cancelled].ContentSid, template.ContentSid);
        Assert.Equal(new Dictionary<string, string> { ["1"] = "Budi Santoso", ["2"] = code.ToString(), ["3"] = "-" }, template.Variables);
        Assert.Equal(new CitizenNotice(TemplateEvents.Cancelled, true, 1), (await Updates.NotifyAgainAsync(code, "siti")).Notice);
    }

    [Theory]
    [InlineData("⭐⭐⭐", 3)]
    [InlineData("⭐️⭐️⭐️⭐️⭐️", 5)]
    [InlineData(" ★ ", 1)]
    [InlineData("⭐⭐⭐⭐⭐⭐", null)]
    [InlineData("⭐ bagus", null)]
    [InlineData("", null)]
    public void Stars_count_as_a_rating(string text, int? expected) => Assert.Equal(expected, RatingDialog.Stars(text));

    [Theory]
    [InlineData("P2203120012345", "P2203120012345")]
    [InlineData("rr 123-456-789 id", "RR123456789ID")]
    [InlineData("1234567", null)]
    [InlineData("P2203/12", null)]
    public void Tracking_numbers_are_normalised(string typed, string? expected) => Assert.Equal(expected, CaseUpdates.NormalizeTrackingNumber(typed));

    /// <summary>The citizen's last message, as the webhook records it: opens the 24-hour window.</summary>
    private async Task CitizenWroteAsync(DateTimeOffset at)
    {
        var store = services.GetRequiredService<IConversationStore>();
        var state = (await store.LoadAsync(phone, null)).State;
        state.LastInboundAt = at;
        state.LastActivityAt = at;
        state.ProfileName = "Budi";
        await store.CommitAsync(new TurnCommit { State = state });
    }

    private async Task<CaseCode> NewCaseAsync(CaseStatus status, string language = "id", string? pickupCode = null, Dictionary<string, string>? fields = null)
    {
        var draft = new ServiceCase
        {
            Code = CaseCode.New(),
            Service = "lapor-rekam-ktp",
            Queue = "ktp-el",
            RequesterPhone = phone,
            SubjectNik = "367201" + "1708" + "90" + Random.Shared.Next(1000, 9999),
            FullName = "Budi Santoso",
            Status = CaseStatus.Baru,
            CreatedAt = clock.GetUtcNow(),
            Language = language,
            History = [new StatusChange(CaseStatus.Baru, clock.GetUtcNow(), StatusChange.ByBot)],
        };
        var stored = (await Cases.OpenOrJoinAsync(draft)).Case;
        if (status != CaseStatus.Baru || pickupCode is not null || fields is not null)
        {
            Assert.True(await Cases.UpdateAsync(stored with { Status = status, PickupCode = pickupCode, Fields = fields ?? new Dictionary<string, string>() }));
        }

        return stored.Code;
    }

    private async Task<List<OutboundMessage>> OutboxAsync()
    {
        var outbox = services.GetRequiredService<IOutboxReader>();
        var entries = await outbox.ReadAsync(Partitioning.PartitionOf(phone, outbox.Partitions), "test", 50, TimeSpan.Zero);
        return entries.Select(e => e.Message).ToList();
    }
}
