using Chatbot.Core.Messaging;

namespace Chatbot.Twilio.Tests;

public sealed class StatusFormTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 24, 9, 31, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("queued", DeliveryStatus.Queued)]
    [InlineData("accepted", DeliveryStatus.Queued)]
    [InlineData("sending", DeliveryStatus.Sending)]
    [InlineData("sent", DeliveryStatus.Sent)]
    [InlineData("delivered", DeliveryStatus.Delivered)]
    [InlineData("read", DeliveryStatus.Read)]
    [InlineData("undelivered", DeliveryStatus.Undelivered)]
    [InlineData("failed", DeliveryStatus.Failed)]
    public void Each_twilio_status_maps_to_a_delivery_status(string twilioStatus, DeliveryStatus expected)
    {
        var result = TwilioStatusForm.ToStatusUpdate(
        [
            new("SmsSid", "SM33333333333333333333333333333333"),
            new("SmsStatus", twilioStatus),
            new("MessageStatus", twilioStatus),
            new("ChannelToAddress", "+6281234567890"),
            new("To", "whatsapp:+6281234567890"),
            new("MessageSid", "SM33333333333333333333333333333333"),
            new("AccountSid", TestOptions.AccountSid),
            new("From", "whatsapp:+14155238886"),
            new("ApiVersion", "2010-04-01"),
        ], Now);

        Assert.True(result.IsParsed, result.Error);
        Assert.Equal(new StatusUpdate("SM33333333333333333333333333333333", expected, Now), result.Value);
    }

    [Fact]
    public void A_failure_carries_twilios_code_and_message()
    {
        var update = TwilioStatusForm.ToStatusUpdate(
        [
            new("MessageSid", "SM44444444444444444444444444444444"),
            new("MessageStatus", "failed"),
            new("ErrorCode", "63016"),
            new("ErrorMessage", "Failed to send freeform message because you are outside the allowed window."),
        ], Now).Value!;

        Assert.Equal(DeliveryStatus.Failed, update.Status);
        Assert.Equal("63016", update.ErrorCode);
        Assert.StartsWith("Failed to send freeform", update.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "sent")]
    [InlineData("SM5", null)]
    [InlineData("SM5", "teleported")]
    public void A_status_without_sid_or_with_an_unknown_status_is_a_bad_request(string? sid, string? status)
    {
        var form = new List<KeyValuePair<string, string>>();
        if (sid is not null) form.Add(new("MessageSid", sid));
        if (status is not null) form.Add(new("MessageStatus", status));

        Assert.False(TwilioStatusForm.ToStatusUpdate(form, Now).IsParsed);
    }
}
