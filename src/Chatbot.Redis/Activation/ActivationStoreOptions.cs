namespace Chatbot.Redis.Activation;

/// <summary>Settings of the IKD activation stores (the <c>Redis:Activation</c> section).</summary>
public sealed class ActivationStoreOptions
{
    public const string Section = "Redis:Activation";

    /// <summary>
    /// Days a booking (NIK, name, phone) and a group's roster are kept after their session ends (UU 27/2022: personal
    /// data only as long as needed). The counts per area and day hold no personal data and stay.
    /// </summary>
    public int RetentionDays { get; set; } = 90;

    internal long RetentionMilliseconds => (long)TimeSpan.FromDays(RetentionDays).TotalMilliseconds;
}
