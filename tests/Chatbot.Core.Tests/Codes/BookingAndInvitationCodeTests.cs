using Chatbot.Core.Activation;
using Chatbot.Core.Cases;

namespace Chatbot.Core.Tests.Codes;

public class BookingAndInvitationCodeTests
{
    [Fact]
    public void Booking_codes_read_with_their_prefix_and_round_trip()
    {
        for (var i = 0; i < 300; i++)
        {
            var code = BookingCode.New();
            Assert.Matches("^IKD-[A-HJKMNP-Z2-9]{6}$", code.ToString());
            Assert.True(BookingCode.TryParse(code.ToString().ToLowerInvariant(), out var withPrefix));
            Assert.True(BookingCode.TryParse(code.Value, out var bare));
            Assert.Equal(code, withPrefix);
            Assert.Equal(code, bare);
        }
    }

    [Theory]
    [InlineData("ikd k7m-q2x", "K7MQ2X")]
    [InlineData(" IKD-K7MQ2X ", "K7MQ2X")]
    [InlineData("k7mq2x", "K7MQ2X")]
    public void Booking_codes_are_understood_as_citizens_type_them(string typed, string expected)
    {
        Assert.True(BookingCode.TryParse(typed, out var code));
        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData("IKD-K7MQ2")]     // five characters
    [InlineData("IKD-K7MQ2XY")]   // seven
    [InlineData("IKD-K0MQ2X")]    // a zero is never in a code
    [InlineData("UND-K7MQ2X")]    // an invitation code is not a booking code
    [InlineData("")]
    public void Booking_codes_refuse_what_cannot_be_one(string typed) => Assert.False(BookingCode.TryParse(typed, out _));

    [Fact]
    public void Invitation_codes_are_apart_from_booking_codes()
    {
        var invitation = InvitationCode.New();
        Assert.StartsWith("UND-", invitation.ToString(), StringComparison.Ordinal);
        Assert.True(InvitationCode.TryParse(invitation.ToString(), out var parsed));
        Assert.Equal(invitation, parsed);
        Assert.False(InvitationCode.TryParse("IKD-" + invitation.Value, out _));
        Assert.False(BookingCode.TryParse(invitation.ToString(), out _));
    }

    [Fact]
    public void Case_and_pickup_codes_still_parse_as_before()
    {
        Assert.True(CaseCode.TryParse(" abc 234 ", out var @case));
        Assert.Equal("ABC-234", @case.ToString());
        Assert.True(PickupCode.TryParse("k7m-q2x", out var pickup));
        Assert.Equal("K7MQ2X", pickup.ToString());
        Assert.False(CaseCode.TryParse("ABC-2345", out _));
    }

    [Fact]
    public void Institution_ids_are_made_from_names()
    {
        Assert.Equal("pt-sritex-sukoharjo", Institution.IdFromName("PT. Sritex  Sukoharjo"));
        Assert.Equal("bkpsdm-kota-serang", Institution.IdFromName(" BKPSDM (Kota Serang) "));
        Assert.Null(Institution.IdFromName(" .. "));
        Assert.Null(Institution.IdFromName(null));
    }
}
