using Chatbot.Core.Identity;

namespace Chatbot.Core.Tests;

public class PostalCodeTests
{
    [Theory]
    [InlineData("42411", true)]
    [InlineData(" 42435 ", true)]
    [InlineData("02411", false)]
    [InlineData("4241", false)]
    [InlineData("424111", false)]
    [InlineData("42a11", false)]
    [InlineData("", false)]
    public void Five_digits_not_starting_with_zero(string input, bool valid)
    {
        Assert.Equal(valid, PostalCode.TryParse(input, out _));
    }
}
