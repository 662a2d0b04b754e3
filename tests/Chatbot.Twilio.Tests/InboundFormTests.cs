using Chatbot.Core.Messaging;

namespace Chatbot.Twilio.Tests;

public sealed class InboundFormTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 24, 9, 30, 0, TimeSpan.FromHours(7));

    /// <summary>What Twilio posts for a WhatsApp message with two photos and a shared location (fields as documented).</summary>
    private static List<KeyValuePair<string, string>> RealisticForm() =>
    [
        new("SmsMessageSid", "MM6f8b4c1e0c2d4b6a8e0f1a2b3c4d5e6f"),
        new("NumMedia", "2"),
        new("ProfileName", "Siti Nurhaliza"),
        new("MessageType", "image"),
        new("SmsSid", "MM6f8b4c1e0c2d4b6a8e0f1a2b3c4d5e6f"),
        new("WaId", "6281234567890"),
        new("SmsStatus", "received"),
        new("Body", "Ini foto KK dan akta, mohon dicek 🙏"),
        new("To", "whatsapp:+14155238886"),
        new("MediaContentType0", "image/jpeg"),
        new("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/MM6f8b4c1e0c2d4b6a8e0f1a2b3c4d5e6f/Media/ME0000000000000000000000000000000a"),
        new("MediaContentType1", "application/pdf"),
        new("MediaUrl1", "https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/MM6f8b4c1e0c2d4b6a8e0f1a2b3c4d5e6f/Media/ME0000000000000000000000000000000b"),
        new("Latitude", "-6.0186"),
        new("Longitude", "106.0559"),
        new("Address", "Jl. Jend. Sudirman No. 2, Cilegon"),
        new("Label", "Kantor Disdukcapil Cilegon"),
        new("NumSegments", "1"),
        new("ReferralNumMedia", "0"),
        new("MessageSid", "MM6f8b4c1e0c2d4b6a8e0f1a2b3c4d5e6f"),
        new("AccountSid", "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        new("From", "whatsapp:+6281234567890"),
        new("ApiVersion", "2010-04-01"),
        new("OriginalRepliedMessageSid", "SM11111111111111111111111111111111"),
    ];

    [Fact]
    public void Control_characters_are_taken_out_of_the_profile_name()
    {
        var form = RealisticForm();
        form.RemoveAll(f => f.Key == "ProfileName");
        form.Add(new("ProfileName", "Siti\u0000 Nur\u0007haliza\u001b"));

        var result = TwilioInboundForm.ToInboundMessage(form, Now);

        Assert.True(result.IsParsed);
        Assert.Equal("Siti Nurhaliza", result.Value!.ProfileName);
    }

    [Fact]
    public void A_realistic_whatsapp_form_becomes_a_typed_message()
    {
        var result = TwilioInboundForm.ToInboundMessage(RealisticForm(), Now);

        Assert.True(result.IsParsed, result.Error);
        var message = result.Value;
        Assert.Equal("MM6f8b4c1e0c2d4b6a8e0f1a2b3c4d5e6f", message.MessageId);
        Assert.Equal("+6281234567890", message.ConversationId);
        Assert.Equal("Siti Nurhaliza", message.ProfileName);
        Assert.Equal("Ini foto KK dan akta, mohon dicek 🙏", message.Text);
        Assert.Equal(Now, message.ReceivedAt);
        Assert.Equal(2, message.Media.Count);
        Assert.Equal("image/jpeg", message.Media[0].ContentType);
        Assert.EndsWith("/Media/ME0000000000000000000000000000000a", message.Media[0].Url, StringComparison.Ordinal);
        Assert.Equal("application/pdf", message.Media[1].ContentType);
        Assert.Equal(new GeoLocation(-6.0186, 106.0559, "Jl. Jend. Sudirman No. 2, Cilegon", "Kantor Disdukcapil Cilegon"), message.Location);
        Assert.Equal("SM11111111111111111111111111111111", message.RepliedToMessageId);
    }

    [Fact]
    public void Unknown_fields_are_kept_and_known_ones_are_not_repeated_in_extra()
    {
        var form = RealisticForm();
        form.Add(new("ChannelMetadata", "{\"type\":\"whatsapp\"}"));
        form.Add(new("Forwarded", "true"));

        var extra = TwilioInboundForm.ToInboundMessage(form, Now).Value!.Extra;

        Assert.Equal("{\"type\":\"whatsapp\"}", extra["ChannelMetadata"]);
        Assert.Equal("true", extra["Forwarded"]);
        Assert.Equal("whatsapp:+14155238886", extra["To"]);
        Assert.Equal("image", extra["MessageType"]);
        foreach (var known in new[] { "MessageSid", "From", "WaId", "Body", "MediaUrl0", "MediaContentType1", "Latitude", "NumMedia" })
            Assert.False(extra.ContainsKey(known), known);
    }

    [Fact]
    public void A_quick_reply_button_is_read()
    {
        var message = TwilioInboundForm.ToInboundMessage(
        [
            new("MessageSid", "SM22222222222222222222222222222222"),
            new("From", "whatsapp:+6285712345678"),
            new("Body", "Kirim Pos"),
            new("ButtonText", "Kirim Pos"),
            new("ButtonPayload", "delivery:pos"),
        ], Now).Value!;

        Assert.Equal("delivery:pos", message.ButtonPayload);
        Assert.Equal("Kirim Pos", message.ButtonText);
        Assert.Equal("+6285712345678", message.ConversationId);
        Assert.Null(message.Location);
        Assert.Empty(message.Media);
    }

    [Theory]
    [InlineData("MessageSid")]
    [InlineData("From")]
    public void A_form_without_message_sid_or_sender_is_a_bad_request(string missing)
    {
        var form = RealisticForm().Where(f => f.Key != missing && (missing != "From" || f.Key != "WaId")).ToList();

        var result = TwilioInboundForm.ToInboundMessage(form, Now);

        Assert.False(result.IsParsed);
        Assert.Contains(missing, result.Error);
    }

    [Fact]
    public void A_sender_that_is_not_a_number_is_a_bad_request()
    {
        var result = TwilioInboundForm.ToInboundMessage([new("MessageSid", "SM1"), new("From", "whatsapp:bukan-nomor")], Now);
        Assert.False(result.IsParsed);
    }

    [Fact]
    public void NumMedia_is_never_trusted()
    {
        var result = TwilioInboundForm.ToInboundMessage(
            [new("MessageSid", "SM3"), new("From", "whatsapp:+6281234567890"), new("NumMedia", "99999")], Now);

        Assert.True(result.IsParsed, result.Error);
        Assert.Empty(result.Value.Media);
    }

    [Fact]
    public void At_most_ten_media_items_are_read_and_bad_urls_are_skipped()
    {
        var form = new List<KeyValuePair<string, string>> { new("MessageSid", "SM4"), new("From", "whatsapp:+6281234567890") };
        for (var i = 0; i < 12; i++) form.Add(new("MediaUrl" + i, i == 3 ? "javascript:alert(1)" : $"https://api.twilio.com/m/{i}"));

        var media = TwilioInboundForm.ToInboundMessage(form, Now).Value!.Media;

        Assert.Equal(9, media.Count);
        Assert.DoesNotContain(media, m => m.Url.EndsWith("/3", StringComparison.Ordinal) || m.Url.EndsWith("/10", StringComparison.Ordinal));
        Assert.All(media, m => Assert.Equal("application/octet-stream", m.ContentType));
    }

    [Fact]
    public void A_location_with_unreadable_coordinates_is_left_out()
    {
        var message = TwilioInboundForm.ToInboundMessage(
            [new("MessageSid", "SM5"), new("From", "whatsapp:+6281234567890"), new("Latitude", "-6,01"), new("Longitude", "106.05")], Now).Value!;
        Assert.Null(message.Location);
    }

    [Fact]
    public void An_aspnet_form_collection_reads_the_same()
    {
        var fields = RealisticForm().GroupBy(f => f.Key).ToDictionary(g => g.Key, g => new Microsoft.Extensions.Primitives.StringValues(g.Select(f => f.Value).ToArray()));
        var result = TwilioInboundForm.ToInboundMessage(new Microsoft.AspNetCore.Http.FormCollection(fields), Now);

        Assert.True(result.IsParsed, result.Error);
        Assert.Equal(2, result.Value.Media.Count);
        Assert.Equal("+6281234567890", result.Value.ConversationId);
    }

    [Fact]
    public void WaId_is_preferred_over_From()
    {
        var message = TwilioInboundForm.ToInboundMessage(
            [new("MessageSid", "SM6"), new("From", "whatsapp:+62 812-3456-7890"), new("WaId", "6281234567890")], Now).Value!;
        Assert.Equal("+6281234567890", message.ConversationId);
    }
}
