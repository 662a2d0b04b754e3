using Chatbot.Dialogs.Catalog;
using Chatbot.Testing;

namespace Chatbot.Dialogs.Tests.Transcripts;

/// <summary>Every conversation in dialogs/transcripts, replayed against the real dialogs/ and a real redis-server.</summary>
[Collection(RedisCollection.Name)]
public sealed class TranscriptTests(RedisServerFixture redis)
{
    private static readonly Lazy<DialogCatalog> Catalog = new(() => DialogCatalog.Load(Path.Combine(RepoPaths.Root, "dialogs")));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(RepoPaths.Root, "dialogs", "transcripts"), "*.transcript").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Transcript_plays_as_written(string fileName)
    {
        var file = TranscriptFile.Load(Path.Combine(RepoPaths.Root, "dialogs", "transcripts", fileName));
        Assert.NotEmpty(file.Steps);
        await using var runner = new TranscriptRunner(redis, Catalog.Value, file.Start);
        await runner.PlayAsync(file);
    }
}
