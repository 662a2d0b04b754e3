using System.Text.RegularExpressions;
using Chatbot.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chatbot.Browser.Tests;

/// <summary>
/// Issue 3, item 11, in a real browser: an operator signs in, sees a case that signed webhooks created appear without a
/// reload, takes the conversation over, replies (the request reaches the Twilio mock), hands it back, marks the card
/// printed, the citizen chooses Pos, the operator enters the tracking number, completes the case, and the rating shows.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleJourneyTests(ConsoleEnvironment env)
{
    [Fact]
    public Task An_operator_carries_a_case_from_the_first_message_to_the_rating() => env.RunAsync(async () =>
    {
        var password = await env.CreateAccountAsync("sari", "Operator", "Sari Dewi");
        var page = await env.SignInAsync("sari", password);
        await Assertions.Expect(page.Locator(".who .sub")).ToContainTextAsync("Sari Dewi");
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");

        // A case made by signed webhooks appears in the open console without a reload.
        var citizen = env.NewCitizen("Rahmat");
        var code = await citizen.ReportRecordedKtpAsync(env.NextNik(), "Rahmat Hidayat");
        var item = page.Locator($"a.case-item[data-code='{code}']");
        await Assertions.Expect(item).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(item).ToContainTextAsync("Rahmat Hidayat");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "The page was reloaded.");

        await item.ClickAsync();
        var caseCard = page.Locator($"section.case[data-code='{code}']");
        await Assertions.Expect(caseCard).ToBeVisibleAsync();
        await Assertions.Expect(caseCard.Locator(".nik")).ToHaveTextAsync(new Regex(@"^\d{4}\*{10}\d{2}$"));

        // Take over: the bot goes silent, the reply box opens.
        var conv = page.Locator("section.conv");
        await conv.Locator("[data-action=take-over]").ClickAsync();
        await Assertions.Expect(conv).ToHaveAttributeAsync("data-mode", "WithOperator");
        await Assertions.Expect(conv.Locator("textarea.reply")).ToBeEnabledAsync();

        // Reply: the outbound request reaches the Twilio mock, the transcript shows it with its ticks up to read (blue).
        var before = env.Sink.LastSequence;
        const string reply = "Selamat siang Pak Rahmat, data Anda sedang kami periksa.";
        await conv.Locator("textarea.reply").FillAsync(reply);
        await conv.Locator("[data-action=reply]").ClickAsync();
        await env.Sink.WaitForAsync(citizen.WhatsApp, m => m.Body == reply, before, what: "with the operator's reply");
        var line = page.Locator("li.msg.sp-Operator", new() { HasText = reply });
        await Assertions.Expect(line).ToBeVisibleAsync();
        await Assertions.Expect(line.Locator(".tick.read")).ToBeVisibleAsync(new() { Timeout = 10_000 });

        // Hand back to the bot, so that it can ask the citizen how to receive the card.
        await page.Locator("section.conv [data-action=hand-back]").ClickAsync();
        await Assertions.Expect(page.Locator("section.conv")).ToHaveAttributeAsync("data-mode", "Bot");

        // Diproses, then Dicetak: the bot asks "Pos or pickup?".
        await caseCard.Locator("[data-action=status-Diproses]").ClickAsync();
        await Assertions.Expect(caseCard).ToHaveAttributeAsync("data-status", "Diproses");
        before = env.Sink.LastSequence;
        await page.Locator($"section.case[data-code='{code}'] [data-action=status-Dicetak]").ClickAsync();
        await Assertions.Expect(page.Locator($"section.case[data-code='{code}']")).ToHaveAttributeAsync("data-status", "Dicetak");
        await env.Sink.WaitForAsync(citizen.WhatsApp, m => m.Body?.Contains("Kantor Pos", StringComparison.Ordinal) == true, before, what: "asking Pos or pickup");

        // The citizen chooses Pos and gives the address (more signed webhooks).
        await citizen.SayAsync("1", "nama penerima");
        await citizen.SayAsync("Rahmat Hidayat", "alamat lengkap");
        await citizen.SayAsync("Jl. Merdeka No. 12, RT 03/RW 05", "kelurahan");
        await citizen.SayAsync("Lebak Gede", "kecamatan");
        await citizen.SayAsync("Pulomerak", "kode pos");
        await citizen.SayAsync("42431", "Nomor HP");
        await citizen.SayAsync("sama", "sudah benar");
        await citizen.SayAsync("1", "alamat pengiriman sudah kami catat");
        await Assertions.Expect(page.Locator($"section.case[data-code='{code}'] .facts")).ToContainTextAsync("Dikirim via Pos", new() { Timeout = 10_000 });

        // The tracking number: the citizen is told.
        before = env.Sink.LastSequence;
        await page.Locator($"section.case[data-code='{code}'] input.tracking").FillAsync("P2203-1200 12345");
        await page.Locator($"section.case[data-code='{code}'] [data-action=status-DikirimPos]").ClickAsync();
        await Assertions.Expect(page.Locator($"section.case[data-code='{code}']")).ToHaveAttributeAsync("data-status", "DikirimPos");
        await env.Sink.WaitForAsync(citizen.WhatsApp, m => m.Body?.Contains("P2203120012345", StringComparison.Ordinal) == true, before, what: "with the tracking number");

        // Selesai: the bot asks for a rating; the citizen's rating shows in the console without a reload.
        before = env.Sink.LastSequence;
        await page.Locator($"section.case[data-code='{code}'] [data-action=status-Selesai]").ClickAsync();
        await Assertions.Expect(page.Locator($"section.case[data-code='{code}']")).ToHaveAttributeAsync("data-status", "Selesai");
        await env.Sink.WaitForAsync(citizen.WhatsApp, m => m.Body?.Contains("nilai", StringComparison.OrdinalIgnoreCase) == true, before, what: "asking for a rating");
        await citizen.SayAsync("5", "penilaian");
        await Assertions.Expect(page.Locator($"section.case[data-code='{code}'] .facts")).ToContainTextAsync("(5/5)", new() { Timeout = 10_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "The page was reloaded.");
    });
}
