namespace Chatbot.Dialogs.Tests.Transcripts;

public class TranscriptFileTests
{
    [Fact]
    public void Reads_every_kind_of_line()
    {
        var file = TranscriptFile.Parse("sample",
        [
            "# A sample",
            "@start 2026-03-02T09:00:00+07:00",
            "@from +6281234567890 Budi",
            "> halo",
            "< Selamat datang*",
            "| 1. Lapor*",
            ">photo image/jpeg 250000 bukti",
            ">location -6.01,106.05",
            "@repeat",
            "@wait 31m",
            "@expect mode Queued",
        ]);

        Assert.Equal("A sample", file.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7)), file.Start);
        Assert.Collection(file.Steps,
            s => Assert.Equal(TimeSpan.Zero, Assert.IsType<TranscriptStep.Wait>(s).Duration),
            s => Assert.Equal("Budi", Assert.IsType<TranscriptStep.From>(s).ProfileName),
            s => Assert.Equal("halo", Assert.IsType<TranscriptStep.Says>(s).Text),
            s => Assert.Equal("Selamat datang*\n1. Lapor*", Assert.IsType<TranscriptStep.BotSays>(s).Glob),
            s => Assert.Equal(250000, Assert.IsType<TranscriptStep.SendsMedia>(s).SizeBytes),
            s => Assert.Equal(106.05, Assert.IsType<TranscriptStep.SendsLocation>(s).Longitude),
            s => Assert.IsType<TranscriptStep.Repeat>(s),
            s => Assert.Equal(TimeSpan.FromMinutes(31), Assert.IsType<TranscriptStep.Wait>(s).Duration),
            s => Assert.Equal("Queued", Assert.IsType<TranscriptStep.Expect>(s).Value));
    }

    [Fact]
    public void A_bad_line_names_the_file_and_line()
    {
        var error = Assert.Throws<FormatException>(() => TranscriptFile.Parse("broken", ["> hi", "oops"]));
        Assert.Equal("broken.transcript line 2: cannot read 'oops'", error.Message);
    }

    [Theory]
    [InlineData("Kode: *", "Kode: ABC-234", true)]
    [InlineData("Kode: *", "Nomor: ABC-234", false)]
    [InlineData("a*c", "a\nb\nc", true)]
    [InlineData("exact", "exact plus", false)]
    [InlineData("(1) [x]?", "(1) [x]?", true)]
    public void Globs_match_the_whole_message(string glob, string text, bool expected) => Assert.Equal(expected, Glob.IsMatch(glob, text));
}
