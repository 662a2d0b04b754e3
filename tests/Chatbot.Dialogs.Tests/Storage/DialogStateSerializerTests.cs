using Chatbot.Core.Identity;
using Chatbot.Core.Messaging;
using Chatbot.Dialogs.Prompts;
using Chatbot.Dialogs.Recognizers;
using Chatbot.Dialogs.Storage;
using Newtonsoft.Json;

namespace Chatbot.Dialogs.Tests.Storage;

public class DialogStateSerializerTests
{
    private static readonly DateOnly Today = new(2024, 8, 20);

    private static DialogState RoundTrip(DialogState state) => DialogStateSerializer.Deserialize(DialogStateSerializer.Serialize(state));

    private static object? RoundTripValue(object? value)
    {
        var state = new DialogState([new DialogInstance("d") { State = { ["v"] = value } }]);
        return RoundTrip(state).DialogStack[0].State["v"];
    }

    public static TheoryData<object?> Values() => new()
    {
        null,
        "teks",
        "2024-08-17",
        true,
        42L,
        7,
        3.5,
        12.5m,
        new DateOnly(2024, 8, 17),
        new DateTimeOffset(2024, 8, 17, 10, 0, 0, TimeSpan.FromHours(7)),
        new TimeSpan(1, 2, 3),
        Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        DialogTurnStatus.Waiting,
        Nik.Parse("3672011708850001", Today),
        PhoneNumber.Parse("081234567890"),
        PostalCode.TryParse("42411", out var code) ? code : default,
        new GeoLocation(-6.0175, 106.0538, "Jl. Merdeka", "Rumah"),
        new FoundChoice("Pos", 0, 1.0, "pos"),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Values_keep_their_clr_type(object? value)
    {
        var back = RoundTripValue(value);

        Assert.Equal(value, back);
        Assert.Equal(value?.GetType(), back?.GetType());
    }

    [Fact]
    public void Media_lists_keep_their_items()
    {
        var media = new List<MediaRef> { new("https://media.example/1", "image/jpeg", 123), new("https://media.example/2", "application/pdf") };

        var back = Assert.IsType<List<MediaRef>>(RoundTripValue(media));

        Assert.Equal(media, back);
    }

    [Fact]
    public void Nested_dictionaries_and_lists_keep_value_types()
    {
        var values = new Dictionary<string, object?>
        {
            ["date"] = new DateOnly(2024, 8, 17),
            ["list"] = new List<object?> { 1, "x", new DateOnly(2024, 1, 1) },
            ["inner"] = new Dictionary<string, object?> { ["nik"] = Nik.Parse("3672015708850002", Today) },
        };

        var back = Assert.IsType<Dictionary<string, object?>>(RoundTripValue(values));

        Assert.Equal(new DateOnly(2024, 8, 17), back["date"]);
        Assert.Equal(new List<object?> { 1, "x", new DateOnly(2024, 1, 1) }, back["list"]);
        var nik = Assert.IsType<Nik>(((Dictionary<string, object?>)back["inner"]!)["nik"]);
        Assert.True(nik.IsFemale);
        Assert.Equal(new DateOnly(1985, 8, 17), nik.BirthDate);
    }

    [Fact]
    public void Prompt_options_survive_with_choices_retry_texts_and_validations()
    {
        var options = new PromptOptions
        {
            Prompt = Activity.CreateMessage("Pilih"),
            RetryPrompt = Activity.CreateMessage("Lagi"),
            Choices = [new Choice("Pos", "kirim"), new Choice("Ambil")],
            Validations = new MediaConstraints { ContentTypes = ["image/*"], MaxBytes = 1024 },
            RetryPrompts = new() { ["media.none"] = "Kirim foto" },
        };

        var back = Assert.IsType<PromptOptions>(RoundTripValue(options));

        Assert.Equal("Pilih", back.Prompt!.Text);
        Assert.Equal("Lagi", back.RetryPrompt!.Text);
        Assert.Equal(["Pos", "Ambil"], back.Choices!.Select(c => c.Value));
        Assert.Equal(["kirim"], back.Choices![0].Synonyms!);
        var constraints = Assert.IsType<MediaConstraints>(back.Validations);
        Assert.Equal(["image/*"], constraints.ContentTypes);
        Assert.Equal(1024L, constraints.MaxBytes);
        Assert.Equal("Kirim foto", back.RetryPrompts!["media.none"]);
    }

    [Fact]
    public void Stack_order_and_ids_survive()
    {
        var state = new DialogState([new DialogInstance("top"), new DialogInstance("bottom")]);

        Assert.Equal(["top", "bottom"], RoundTrip(state).DialogStack.Select(d => d.Id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Missing_state_is_an_empty_stack(string? json) => Assert.Empty(DialogStateSerializer.Deserialize(json).DialogStack);

    [Fact]
    public void Foreign_types_in_stored_json_are_refused()
    {
        const string json = """{"DialogStack":[{"Id":"d","State":{"v":{"$type":"System.IO.FileInfo, System.IO.FileSystem","fileName":"/etc/passwd"}}}]}""";

        Assert.Throws<JsonSerializationException>(() => DialogStateSerializer.Deserialize(json));
    }

    [Fact]
    public void Foreign_scalar_envelopes_are_refused()
    {
        const string json = """{"DialogStack":[{"Id":"d","State":{"v":{"$type":"System.Diagnostics.Process, System.Diagnostics.Process","$value":"x"}}}]}""";

        Assert.Throws<JsonSerializationException>(() => DialogStateSerializer.Deserialize(json));
    }

    [Fact]
    public void A_tampered_nik_is_refused_rather_than_trusted()
    {
        var json = DialogStateSerializer.Serialize(new DialogState([new DialogInstance("d") { State = { ["v"] = Nik.Parse("3672011708850001", Today) } }]))
            .Replace("3672011708850001", "3672011708850000", StringComparison.Ordinal);

        Assert.Throws<JsonSerializationException>(() => DialogStateSerializer.Deserialize(json));
    }

    [Fact]
    public void Pii_types_do_not_store_their_masked_form()
    {
        var json = DialogStateSerializer.Serialize(new DialogState([new DialogInstance("d") { State = { ["v"] = PhoneNumber.Parse("081234567890") } }]));

        Assert.Contains("+6281234567890", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(List<Dictionary<string, object>>), true)]
    [InlineData(typeof(MediaRef[]), true)]
    [InlineData(typeof(int?), true)]
    [InlineData(typeof(System.IO.FileInfo), false)]
    [InlineData(typeof(List<System.IO.FileInfo>), false)]
    [InlineData(typeof(Newtonsoft.Json.Linq.JObject), false)]
    public void Binder_whitelist(Type type, bool allowed) => Assert.Equal(allowed, RestrictedSerializationBinder.IsAllowed(type));
}
