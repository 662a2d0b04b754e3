namespace Chatbot.Core.Cases;

/// <summary>
/// Names of the entries in <see cref="ServiceCase.Fields"/> written after a case is printed, for the console, the
/// dashboard and the CSV export. The delivery address is stored under <see cref="DeliveryPrefix"/> + the field name of
/// dialogs/flows/kirim-pos.json (e.g. "delivery.postalCode"), so that it never overwrites an answer of the service's
/// own flow (which also has a "kecamatan").
/// </summary>
public static class CaseFields
{
    /// <summary>How the citizen wants the printed card: <see cref="ByPos"/> or <see cref="AtOffice"/>.</summary>
    public const string Delivery = "delivery";

    public const string ByPos = "pos";

    public const string AtOffice = "kantor";

    public const string DeliveryPrefix = "delivery.";

    /// <summary>When the citizen made the delivery choice (ISO 8601).</summary>
    public const string DeliveryChosenAt = "delivery.chosenAt";

    /// <summary>The office id (dialogs/offices.json) where a card waits for pickup.</summary>
    public const string PickupOffice = "delivery.office";

    /// <summary>The citizen's rating of the service after <see cref="CaseStatus.Selesai"/>: "1" … "5".</summary>
    public const string Rating = "rating";

    public const string RatedAt = "ratedAt";
}
