using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Tests.Recognizers;

/// <summary>Dates as citizens write them on WhatsApp; today is Tuesday 20 August 2024, expected days worked out on a calendar.</summary>
public class CitizenDateTests
{
    private static readonly DateOnly Today = new(2024, 8, 20);

    [Theory]
    [InlineData("tgl 5 kmrn", 2024, 8, 5)] // the 5th has passed this month
    [InlineData("tanggal 25 kemarin", 2024, 7, 25)] // the 25th is still ahead: last month's
    [InlineData("tgl 20 kemarin", 2024, 7, 20)] // today is the 20th: "kemarin" means before today
    [InlineData("5/3", 2024, 3, 5)] // day first, this year
    [InlineData("25/12", 2023, 12, 25)] // ahead this year: last year's
    [InlineData("28 feb", 2024, 2, 28)]
    [InlineData("tgl 28 feb", 2024, 2, 28)]
    [InlineData("senin kemarin", 2024, 8, 19)]
    [InlineData("jumat kemarin", 2024, 8, 16)]
    [InlineData("hari selasa lalu", 2024, 8, 13)] // today is Tuesday: the one before
    [InlineData("last sunday", 2024, 8, 18)]
    [InlineData("kemarin lusa", 2024, 8, 18)]
    [InlineData("2 hari lalu", 2024, 8, 18)]
    [InlineData("3 minggu yang lalu", 2024, 7, 30)]
    public void Reads_one_day(string text, int year, int month, int day)
    {
        var recognized = IndonesianDateRecognizer.Recognize(text, Today);

        Assert.NotNull(recognized);
        Assert.True(recognized.IsExact, text);
        Assert.Equal(new DateOnly(year, month, day), recognized.Date);
        Assert.True(IndonesianDateRecognizer.TryRecognize(text, Today, out var date));
        Assert.Equal(recognized.Date, date);
    }

    [Theory]
    [InlineData("minggu lalu", "2024-08-12", "2024-08-18")] // Monday to Sunday of last week
    [InlineData("pekan lalu", "2024-08-12", "2024-08-18")]
    [InlineData("awal bulan ini", "2024-08-01", "2024-08-10")]
    [InlineData("pertengahan bulan lalu", "2024-07-11", "2024-07-20")]
    [InlineData("akhir bulan lalu", "2024-07-21", "2024-07-31")]
    [InlineData("akhir bulan kemarin", "2024-07-21", "2024-07-31")]
    [InlineData("bulan lalu", "2024-07-01", "2024-07-31")]
    [InlineData("bulan ini", "2024-08-01", "2024-08-20")] // cut at today
    [InlineData("agustus 2018", "2018-08-01", "2018-08-31")]
    [InlineData("bulan februari 2024", "2024-02-01", "2024-02-29")]
    [InlineData("tahun 2018", "2018-01-01", "2018-12-31")]
    [InlineData("thn 2024", "2024-01-01", "2024-08-20")]
    public void Reads_a_vague_answer_as_its_range_guessing_its_first_day(string text, string from, string to)
    {
        var recognized = IndonesianDateRecognizer.Recognize(text, Today);

        Assert.NotNull(recognized);
        Assert.False(recognized.IsExact, text);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), recognized.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), recognized.To);
        Assert.Equal(recognized.From, recognized.Date);
        Assert.False(IndonesianDateRecognizer.TryRecognize(text, Today, out _));
    }

    [Theory]
    [InlineData("tgl 32 kmrn")]
    [InlineData("31/2")]
    [InlineData("5/13")]
    [InlineData("senin")]
    [InlineData("minggu depan kemarin")]
    [InlineData("tahun 1800")]
    [InlineData("tahun 2030")]
    public void Refuses_what_is_no_date(string text) => Assert.Null(IndonesianDateRecognizer.Recognize(text, Today));
}
