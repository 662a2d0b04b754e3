using Chatbot.Core.Messaging;

namespace Chatbot.Twilio.Tests;

/// <summary>Every shape of message the client can send.</summary>
internal static class OutboundMessages
{
    private static readonly DateTimeOffset Now = new(2026, 4, 24, 10, 0, 0, TimeSpan.Zero);

    public static OutboundMessage Text(string text = "Permohonan e-KTP Anda sudah dicetak. Pilih: 1) Kirim Pos 2) Ambil di kantor") =>
        OutboundMessage.FromBot("+6281234567890", text, Now);

    public static OutboundMessage Media(params string[] urls) => Text() with { Text = null, MediaUrls = urls };

    public static OutboundMessage TextAndMedia() =>
        Text("Berikut formulir F-1.01 (cetak di kertas A4 HVS 80 gram)") with
        {
            MediaUrls = ["https://adminduk.example.go.id/files/f101.pdf", "https://adminduk.example.go.id/files/panduan.png"],
        };

    public static OutboundMessage Template() => Text() with
    {
        Text = null,
        Template = new TemplateContent("HX0123456789abcdef0123456789abcdef", new Dictionary<string, string> { ["1"] = "Budi Santoso", ["2"] = "KTP-2026-000123" }),
    };

    public static IEnumerable<(string Name, OutboundMessage Message)> All()
    {
        yield return ("text", Text());
        yield return ("indonesian text with emoji", Text("Halo Bu Siti 👋 e-KTP Anda siap diambil di kantor Disdukcapil, Jl. Merdeka No. 5 🇮🇩 Terima kasih 🙏"));
        yield return ("long text", Text(string.Concat(Enumerable.Repeat("Mohon bawa Suket asli. ", 60))));
        yield return ("one media", Media("https://adminduk.example.go.id/files/bukti.jpg"));
        yield return ("ten media", Media(Enumerable.Range(0, 10).Select(i => $"https://adminduk.example.go.id/files/{i}.jpg").ToArray()));
        yield return ("text and media", TextAndMedia());
        yield return ("template", Template());
        yield return ("template without variables", Template() with { Template = new TemplateContent("HXabcdef0123456789abcdef0123456789", new Dictionary<string, string>()) });
    }
}
