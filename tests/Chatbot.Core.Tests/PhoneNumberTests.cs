using Chatbot.Core.Identity;

namespace Chatbot.Core.Tests;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("081234567890", "+6281234567890")]
    [InlineData("0812-3456-7890", "+6281234567890")]
    [InlineData("62 812 3456 7890", "+6281234567890")]
    [InlineData("6281234567890", "+6281234567890")]
    [InlineData("+62 812-3456-7890", "+6281234567890")]
    [InlineData("+6281234567890", "+6281234567890")]
    [InlineData("81234567890", "+6281234567890")]
    [InlineData("+14155238886", "+14155238886")]
    public void Normalises_to_E164(string input, string expected)
    {
        Assert.True(PhoneNumber.TryParse(input, out var phone));
        Assert.Equal(expected, phone.E164);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0212345678")] // landline, not WhatsApp-able mobile
    [InlineData("08123")]
    [InlineData("0812345678901234")]
    [InlineData("08123abc4567")]
    [InlineData("+62 21 345678")]
    [InlineData("+0812345678")]
    public void Refuses_what_is_not_a_mobile_number(string input)
    {
        Assert.False(PhoneNumber.TryParse(input, out _));
    }

    [Fact]
    public void Masked_hides_the_middle()
    {
        Assert.True(PhoneNumber.TryParse("081234567890", out var phone));
        Assert.Equal("+62********890", phone.ToString());
    }
}
