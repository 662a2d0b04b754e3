using Chatbot.Core.Identity;

namespace Chatbot.Core.Tests;

public class NikTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    // Cilegon (36 72), man born 17 Aug 1990.
    [InlineData("3672011708900001", 1990, 8, 17, false)]
    // Same region, woman born 17 Aug 1990: day + 40 = 57.
    [InlineData("3672015708900002", 1990, 8, 17, true)]
    // Born in 2005, two-digit year 05.
    [InlineData("3604030101050003", 2005, 1, 1, false)]
    // Typed with spaces and dots, as citizens do.
    [InlineData("3672 0117 0890 0001", 1990, 8, 17, false)]
    [InlineData("3672.0117.0890.0001", 1990, 8, 17, false)]
    // Papua Pegunungan (95), a 2022 province.
    [InlineData("9501012902000001", 2000, 2, 29, false)]
    public void Accepts_valid_numbers(string input, int year, int month, int day, bool female)
    {
        Assert.True(Nik.TryParse(input, Today, out var nik, out var error));
        Assert.Equal(NikError.None, error);
        Assert.Equal(new DateOnly(year, month, day), nik.BirthDate);
        Assert.Equal(female, nik.IsFemale);
        Assert.Equal(16, nik.Value.Length);
    }

    [Theory]
    [InlineData("", NikError.Empty)]
    [InlineData("   ", NikError.Empty)]
    [InlineData("367201170890001", NikError.WrongLength)]
    [InlineData("36720117089000011", NikError.WrongLength)]
    [InlineData("3672O11708900001", NikError.NotDigits)]
    [InlineData("0072011708900001", NikError.UnknownRegion)]
    [InlineData("3772011708900001", NikError.UnknownRegion)]
    [InlineData("3600011708900001", NikError.UnknownRegion)]
    [InlineData("3672001708900001", NikError.UnknownRegion)]
    [InlineData("3672013102900001", NikError.InvalidBirthDate)] // 31 February
    [InlineData("3672017108900001", NikError.InvalidBirthDate)] // day 71 - 40 = 31 August is valid... see below
    [InlineData("3672011713900001", NikError.InvalidBirthDate)] // month 13
    [InlineData("3672010008900001", NikError.InvalidBirthDate)] // day 00
    [InlineData("3672012902010001", NikError.InvalidBirthDate)] // 29 Feb 2001
    [InlineData("3672011708900000", NikError.InvalidSerial)]
    public void Refuses_invalid_numbers_with_the_reason(string input, NikError expected)
    {
        if (input == "3672017108900001")
        {
            // 71 - 40 = 31, August has 31 days: this one is valid (a woman born 31 Aug 1990).
            Assert.True(Nik.TryParse(input, Today, out var woman, out _));
            Assert.True(woman.IsFemale);
            return;
        }

        Assert.False(Nik.TryParse(input, Today, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void ToString_never_shows_the_full_number()
    {
        Assert.True(Nik.TryParse("3672011708900001", Today, out var nik, out _));
        Assert.Equal("3672**********01", nik.ToString());
        Assert.DoesNotContain("170890", $"{nik}");
    }

    [Fact]
    public void Birth_year_never_lands_in_the_future()
    {
        // "30" as a year with today in 2026 means 1930, not 2030.
        Assert.True(Nik.TryParse("3672010101300001", Today, out var nik, out _));
        Assert.Equal(1930, nik.BirthDate.Year);
    }
}
