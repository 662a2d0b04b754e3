using Chatbot.Core.Activation;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>The subject of a booking event (<see cref="CitizenEvent"/>): the booking and its session as they now stand.</summary>
public sealed record BookingNotice(ActivationBooking Booking, ActivationSession Session);
