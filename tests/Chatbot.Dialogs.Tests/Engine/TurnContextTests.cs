using Chatbot.Core.Conversations;
using Chatbot.Core.Messaging;

namespace Chatbot.Dialogs.Tests.Engine;

public class TurnContextTests
{
    private static readonly ConversationState Conversation = new() { ConversationId = "+6281234567890" };

    [Fact]
    public void Today_is_the_date_in_Jakarta_not_in_UTC()
    {
        // 18:30 UTC on 16 August is already 01:30 on 17 August in WIB.
        var context = new TurnContext(Activity.CreateMessage("x"), Conversation, new DateTimeOffset(2024, 8, 16, 18, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2024, 8, 17), context.Today);
    }

    [Fact]
    public void Today_follows_another_office_time_zone()
    {
        var wit = TimeZoneInfo.CreateCustomTimeZone("WIT", TimeSpan.FromHours(9), "WIT", "WIT");
        var context = new TurnContext(Activity.CreateMessage("x"), Conversation, new DateTimeOffset(2024, 8, 16, 16, 0, 0, TimeSpan.Zero), wit);

        Assert.Equal(new DateOnly(2024, 8, 17), context.Today);
    }

    [Fact]
    public void Wib_is_seven_hours_ahead_of_utc()
    {
        Assert.Equal(TimeSpan.FromHours(7), OfficeTimeZone.Wib.GetUtcOffset(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Null(OfficeTimeZone.Find("No/Such_Zone"));
    }

    [Fact]
    public async Task Replies_are_only_collected_in_order()
    {
        var context = new TurnContext(Activity.CreateMessage("x"), Conversation, DialogTestHarness.DefaultNow);

        await context.SendActivityAsync("satu");
        await context.SendActivityAsync(new Activity { Text = "dua" });

        Assert.Equal(["satu", "dua"], context.Responses.Select(r => r.Text));
        Assert.All(context.Responses, r => Assert.Equal(Conversation.ConversationId, r.ConversationId));
        Assert.All(context.Responses, r => Assert.Equal(DialogTestHarness.DefaultNow, r.Timestamp));
    }

    [Fact]
    public void Activity_from_an_inbound_message_carries_everything_the_prompts_need()
    {
        var media = new MediaRef("https://media.example/1", "image/jpeg", 1000);
        var inbound = new InboundMessage
        {
            MessageId = "SM1",
            ConversationId = "+6281234567890",
            Text = "foto KTP",
            Media = [media],
            Location = new GeoLocation(-6.0, 106.0),
            ButtonPayload = "ya",
            ReceivedAt = DialogTestHarness.DefaultNow,
        };

        var activity = Activity.FromInbound(inbound);

        Assert.Equal(Activity.MessageType, activity.Type);
        Assert.Equal("SM1", activity.Id);
        Assert.Equal("foto KTP", activity.Text);
        Assert.Equal("+6281234567890", activity.ConversationId);
        Assert.Equal(DialogTestHarness.DefaultNow, activity.Timestamp);
        Assert.Equal([media], activity.Attachments);
        Assert.Equal(-6.0, activity.Location!.Latitude);
        Assert.Equal("ya", activity.ButtonPayload);
    }

    [Fact]
    public void Activity_text_is_never_null()
    {
        var activity = new Activity { Text = null! };

        Assert.Equal(string.Empty, activity.Text);
        Assert.Empty(activity.Attachments);
    }
}
