using Chatbot.Core.Cases;
using Chatbot.Core.Conversations;
using Chatbot.Core.Messaging;
using Chatbot.Redis.Json;
using Chatbot.Testing;
using Newtonsoft.Json;

namespace Chatbot.Redis.Tests;

public sealed class RedisJsonTests
{
    [Fact]
    public void Service_case_round_trips_with_its_code()
    {
        var original = TestData.Case("lapor-rekam-ktp", TestData.NewNik()) with
        {
            Attachments = [new MediaRef("https://media.example/1", "image/jpeg", 1234)],
        };

        var copy = RedisJson.Deserialize<ServiceCase>(RedisJson.Serialize(original));

        Assert.Equal(original.Code, copy.Code);
        Assert.Equal(original.SubjectNik, copy.SubjectNik);
        Assert.Equal(original.CreatedAt, copy.CreatedAt);
        Assert.Equal(original.CreatedAt.Offset, copy.CreatedAt.Offset);
        Assert.Equal("Cibeber", copy.Fields["kecamatan"]);
        Assert.Equal(original.History, copy.History);
        Assert.Equal(original.Attachments, copy.Attachments);
    }

    [Fact]
    public void Messages_round_trip()
    {
        var inbound = TestData.Inbound("+6281234567890", "halo") with
        {
            Location = new GeoLocation(-6.0, 106.1, "Jl. Ahmad Yani"),
            Media = [new MediaRef("https://media.example/2", "application/pdf")],
            Extra = new Dictionary<string, string> { ["WaId"] = "6281234567890" },
        };
        var outbound = TestData.Outbound("+6281234567890", "hai") with
        {
            Template = new TemplateContent("HX123", new Dictionary<string, string> { ["1"] = "Budi" }),
        };

        var inCopy = RedisJson.Deserialize<InboundMessage>(RedisJson.Serialize(inbound));
        var outCopy = RedisJson.Deserialize<OutboundMessage>(RedisJson.Serialize(outbound));

        Assert.Equal(inbound.Location, inCopy.Location);
        Assert.Equal(inbound.Media, inCopy.Media);
        Assert.Equal("6281234567890", inCopy.Extra["WaId"]);
        Assert.Equal(inbound.ReceivedAt, inCopy.ReceivedAt);
        Assert.Equal("Budi", outCopy.Template!.Variables["1"]);
        Assert.Equal(outbound.Origin, outCopy.Origin);
    }

    [Fact]
    public void Conversation_state_round_trips()
    {
        var state = new ConversationState
        {
            ConversationId = "+6281234567890",
            Mode = ConversationMode.WithOperator,
            Language = "en",
            Operator = "siti",
            DialogState = "{\"stack\":[]}",
            LastInboundAt = TestData.Now,
        };

        var copy = RedisJson.Deserialize<ConversationState>(RedisJson.Serialize(state));

        Assert.Equal(ConversationMode.WithOperator, copy.Mode);
        Assert.Equal("en", copy.Language);
        Assert.Equal("siti", copy.Operator);
        Assert.Equal(state.DialogState, copy.DialogState);
        Assert.Equal(state.LastInboundAt, copy.LastInboundAt);
    }

    [Fact]
    public void Typed_json_refuses_types_outside_the_product()
    {
        var json = "{\"$type\":\"System.Diagnostics.Process, System.Diagnostics.Process\"}";

        Assert.Throws<JsonSerializationException>(() => TypedJson.Deserialize(json));
    }

    [Fact]
    public void Typed_json_refuses_a_system_type_that_is_not_a_value_or_collection()
    {
        var json = "{\"$type\":\"System.IO.FileInfo, System.Private.CoreLib\",\"fileName\":\"/etc/passwd\"}";

        Assert.Throws<JsonSerializationException>(() => TypedJson.Deserialize(json));
    }

    [Fact]
    public void Typed_json_keeps_collections_of_product_types()
    {
        var list = new List<StorageContractNote> { new() { Text = "a", At = TestData.Now } };
        var dictionary = new Dictionary<string, object> { ["note"] = new StorageContractNote { Text = "b" }, ["n"] = 3L };

        var listCopy = Assert.IsType<List<StorageContractNote>>(TypedJson.Deserialize(TypedJson.Serialize(list)));
        var dictionaryCopy = Assert.IsType<Dictionary<string, object>>(TypedJson.Deserialize(TypedJson.Serialize(dictionary)));

        Assert.Equal("a", listCopy[0].Text);
        Assert.IsType<StorageContractNote>(dictionaryCopy["note"]);
        Assert.Equal(3L, dictionaryCopy["n"]);
    }
}
