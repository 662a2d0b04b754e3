using System.Globalization;
using System.Text;
using Chatbot.Core.Activation;
using Chatbot.Desk.Cases;

namespace Chatbot.Web.Activation;

/// <summary>
/// The progress report as CSV: one line per area, then the totals ("total"). Cells go through <see cref="CaseCsv.Cell"/> (quoted,
/// formula-like text neutralised); numbers in invariant culture, an empty cell where a rate has no denominator.
/// </summary>
public static class ProgressCsv
{
    public static readonly string[] Header =
    [
        "area_id", "wilayah", "wajib_ktp", "target_persen", "target_jumlah", "aktivasi_total", "persen_wajib_ktp", "persen_target",
        "sesi", "kapasitas", "terisi", "tingkat_isi", "aktivasi", "gagal", "tidak_hadir", "tingkat_tidak_hadir",
    ];

    public static string Write(ActivationProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var a in report.Areas.Append(report.Totals))
        {
            Line(csv,
            [
                a.AreaId, a.Name, N(a.WajibKtp), N(a.TargetPercent), N(a.TargetCount), N(a.ActivatedTotal), N(a.PercentOfWajibKtp), N(a.PercentOfTarget),
                N(a.Sessions), N(a.Capacity), N(a.Taken), N(a.FillRate), N(a.Activated), N(a.Failed), N(a.NoShow), N(a.NoShowRate),
            ]);
        }

        return csv.ToString();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static void Line(StringBuilder csv, IEnumerable<string> cells) =>
        csv.Append(string.Join(',', cells.Select(CaseCsv.Cell))).Append("\r\n");
}
