namespace Chatbot.Core.Identity;

/// <summary>Province codes of Kemendagri (the first two NIK digits), including the Papua provinces of 2022.</summary>
public static class IndonesianRegions
{
    private static readonly HashSet<string> ProvinceCodes =
    [
        "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
        "31", "32", "33", "34", "35", "36",
        "51", "52", "53",
        "61", "62", "63", "64", "65",
        "71", "72", "73", "74", "75", "76",
        "81", "82",
        "91", "92", "93", "94", "95", "96",
    ];

    public static bool IsProvinceCode(string code) => ProvinceCodes.Contains(code);
}
