using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Prompts;

namespace Chatbot.Dialogs.Tests.Prompts;

public class AttachmentPromptTests
{
    private static readonly MediaRef Photo = new("https://media.example/photo", "image/jpeg", 200_000);

    private static PromptOptions Options() => new()
    {
        Prompt = Activity.CreateMessage("Kirim foto KTP."),
        Validations = new MediaConstraints { ContentTypes = ["image/*", "application/pdf"], MaxBytes = 5 * 1024 * 1024 },
        RetryPrompts = new()
        {
            ["media.none"] = "Belum ada foto.",
            ["media.wrongType"] = "Jenis {contentType} tidak diterima.",
            ["media.tooLarge"] = "Maksimal {maxMb} MB.",
        },
    };

    private sealed class FakeProbe(Func<MediaRef, MediaRef?> answer) : IMediaProbe
    {
        public Task<MediaRef?> ProbeAsync(MediaRef media, CancellationToken cancellationToken = default) => Task.FromResult(answer(media));
    }

    private sealed class Services(IMediaProbe probe) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IMediaProbe) ? probe : null;
    }

    [Fact]
    public async Task Accepts_allowed_media_and_returns_them()
    {
        var prompt = new PromptHarness(new AttachmentPrompt("ktp"), Options());
        await prompt.StartAsync();

        Assert.Equal(["Belum ada foto."], await prompt.AnswerAsync("ini fotonya"));
        await prompt.AnswerAsync(new Activity { Attachments = [Photo] });

        Assert.Equal([Photo], Assert.IsAssignableFrom<IReadOnlyList<MediaRef>>(prompt.Results[0]));
    }

    [Fact]
    public async Task Refuses_a_declared_wrong_type_or_size()
    {
        var prompt = new PromptHarness(new AttachmentPrompt("ktp"), Options());
        await prompt.StartAsync();

        Assert.Equal(["Jenis audio/ogg tidak diterima."], await prompt.AnswerAsync(new Activity { Attachments = [new MediaRef("u", "audio/ogg", 10)] }));
        Assert.Equal(["Maksimal 5 MB."], await prompt.AnswerAsync(new Activity { Attachments = [new MediaRef("u", "application/pdf", 6 * 1024 * 1024)] }));
        Assert.Empty(prompt.Results);
    }

    [Fact]
    public async Task The_probe_has_the_last_word_on_type_and_size()
    {
        var prompt = new PromptHarness(new AttachmentPrompt("ktp"), Options());
        prompt.Turns.Services = new Services(new FakeProbe(m => m with { ContentType = "application/x-msdownload", SizeBytes = 1000 }));
        await prompt.StartAsync();

        Assert.Equal(["Jenis application/x-msdownload tidak diterima."], await prompt.AnswerAsync(new Activity { Attachments = [Photo] }));

        prompt.Turns.Services = new Services(new FakeProbe(m => m with { SizeBytes = 50_000_000 }));
        Assert.Equal(["Maksimal 5 MB."], await prompt.AnswerAsync(new Activity { Attachments = [Photo] }));

        prompt.Turns.Services = new Services(new FakeProbe(m => m with { SizeBytes = 123 }));
        await prompt.AnswerAsync(new Activity { Attachments = [Photo] });
        Assert.Equal(123, ((IReadOnlyList<MediaRef>)prompt.Results[0]!)[0].SizeBytes);
    }

    [Fact]
    public async Task An_unreachable_item_is_judged_by_what_was_declared()
    {
        var prompt = new PromptHarness(new AttachmentPrompt("ktp"), Options());
        prompt.Turns.Services = new Services(new FakeProbe(_ => null));
        await prompt.StartAsync();

        await prompt.AnswerAsync(new Activity { Attachments = [Photo] });

        Assert.Single(prompt.Results);
    }

    [Theory]
    [InlineData("image/jpeg", true)]
    [InlineData("IMAGE/PNG", true)]
    [InlineData("application/pdf; charset=binary", true)]
    [InlineData("video/mp4", false)]
    [InlineData("", false)]
    public void Constraints_match_types_with_wildcards(string type, bool accepted) =>
        Assert.Equal(accepted, new MediaConstraints { ContentTypes = ["image/*", "application/pdf"] }.Accepts(type));

    [Fact]
    public void Empty_constraints_accept_anything() =>
        Assert.True(new MediaConstraints().Accepts("video/mp4") && !new MediaConstraints().IsTooLarge(long.MaxValue));
}
