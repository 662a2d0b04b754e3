using Chatbot.Core.Identity;

namespace Chatbot.Core.Tests;

public class NoKkTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    // Cilegon (36 72 01), issued 12 March 2015.
    [InlineData("3672011203150004", 2015, 3, 12)]
    // Typed in groups, as printed on the card.
    [InlineData("3672 0112 0315 0004", 2015, 3, 12)]
    [InlineData("3672-0112-0315-0004", 2015, 3, 12)]
    // Issued today.
    [InlineData("3604032411260001", 2026, 11, 24)]
    // Two-digit year ahead of this year: last century.
    [InlineData("3604030107980001", 1998, 7, 1)]
    // Papua Pegunungan (95), a 2022 province; 29 February of a leap year.
    [InlineData("9501012902240001", 2024, 2, 29)]
    public void Accepts_valid_numbers(string input, int year, int month, int day)
    {
        Assert.True(NoKk.TryParse(input, Today, out var noKk, out var error));
        Assert.Equal(NoKkError.None, error);
        Assert.Equal(new DateOnly(year, month, day), noKk.IssueDate);
        Assert.Equal(16, noKk.Value.Length);
    }

    [Theory]
    [InlineData("", NoKkError.Empty)]
    [InlineData(" - ", NoKkError.Empty)]
    [InlineData("367201120315000", NoKkError.WrongLength)]
    [InlineData("36720112031500041", NoKkError.WrongLength)]
    [InlineData("3672O11203150004", NoKkError.NotDigits)]
    [InlineData("KK 3672011203150004", NoKkError.NotDigits)]
    [InlineData("0072011203150004", NoKkError.UnknownRegion)]
    [InlineData("3672001203150004", NoKkError.UnknownRegion)]
    [InlineData("3672013102150004", NoKkError.InvalidIssueDate)] // 31 February
    [InlineData("3672011213150004", NoKkError.InvalidIssueDate)] // month 13
    [InlineData("3672010003150004", NoKkError.InvalidIssueDate)] // day 00
    [InlineData("3672015203150004", NoKkError.InvalidIssueDate)] // 52: a NIK's +40 has no place in a KK
    [InlineData("3672012511260004", NoKkError.InvalidIssueDate)] // tomorrow: not issued yet
    [InlineData("3672012902250004", NoKkError.InvalidIssueDate)] // 29 Feb 2025
    [InlineData("3672011203150000", NoKkError.InvalidSerial)]
    public void Refuses_invalid_numbers_with_the_reason(string input, NoKkError expected)
    {
        Assert.False(NoKk.TryParse(input, Today, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void ToString_never_shows_the_full_number()
    {
        var noKk = NoKk.Parse("3672011203150004", Today);

        Assert.Equal("3672**********04", noKk.ToString());
        Assert.DoesNotContain("120315", $"{noKk}");
    }

    [Fact]
    public void Parse_names_the_reason_of_a_refusal()
    {
        var error = Assert.Throws<FormatException>(() => NoKk.Parse("3672011213150004", Today));

        Assert.Contains("InvalidIssueDate", error.Message, StringComparison.Ordinal);
    }
}
