using Chatbot.Core.Cases;
using Chatbot.Core.Conversations;
using Chatbot.Core.Messaging;

namespace Chatbot.Redis.Tests;

/// <summary>Builders of the domain objects the tests store.</summary>
internal static class TestData
{
    public static readonly DateTimeOffset Now = new(2025, 6, 2, 9, 30, 0, TimeSpan.FromHours(7));

    public static string NewPhone() => "+62812" + Random.Shared.NextInt64(10_000_000, 99_999_999);

    public static string NewNik() => "367201" + "150890" + Random.Shared.Next(1000, 9999);

    public static InboundMessage Inbound(string conversationId, string text, string? messageId = null, DateTimeOffset? at = null) => new()
    {
        MessageId = messageId ?? "SM" + Guid.NewGuid().ToString("N"),
        ConversationId = conversationId,
        Text = text,
        ReceivedAt = at ?? Now,
    };

    public static OutboundMessage Outbound(string conversationId, string text) => OutboundMessage.FromBot(conversationId, text, Now);

    public static TranscriptEntry Line(string text, Speaker speaker = Speaker.Bot) => new(speaker, text, Now, Guid.NewGuid().ToString("N"));

    public static ServiceCase Case(string service, string nik, string? phone = null, int priority = 0, DateTimeOffset? createdAt = null, string? queue = null) => new()
    {
        Code = CaseCode.New(),
        Service = service,
        Queue = queue ?? service,
        RequesterPhone = phone ?? NewPhone(),
        SubjectNik = nik,
        FullName = "Budi Santoso",
        Priority = priority,
        Status = CaseStatus.Baru,
        CreatedAt = createdAt ?? Now,
        Fields = new Dictionary<string, string> { ["kecamatan"] = "Cibeber" },
        History = [new StatusChange(CaseStatus.Baru, createdAt ?? Now, "bot")],
    };
}
