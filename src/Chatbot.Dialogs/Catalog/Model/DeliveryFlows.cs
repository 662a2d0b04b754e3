namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// The flows the bot runs after a card is printed, by the way the citizen chose to receive it. They are not services
/// (no menu entry, no case of their own): their answers go onto the printed case. Both files must exist.
/// </summary>
public static class DeliveryFlows
{
    /// <summary>dialogs/flows/kirim-pos.json: recipient, address, kelurahan, kecamatan, postal code, phone.</summary>
    public const string Pos = "kirim-pos";

    /// <summary>dialogs/flows/ambil-kantor.json: the office (a choice with source "offices").</summary>
    public const string Pickup = "ambil-kantor";

    public static IReadOnlyList<string> All { get; } = [Pos, Pickup];
}
