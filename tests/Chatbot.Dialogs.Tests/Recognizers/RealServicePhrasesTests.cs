using Chatbot.Dialogs.Recognizers;
using Chatbot.Testing;
using Newtonsoft.Json.Linq;

namespace Chatbot.Dialogs.Tests.Recognizers;

/// <summary>
/// The phrases in the real dialogs/services/*.json, checked with messages as citizens write them (slang, typos,
/// English): each must land on the service a Disdukcapil officer would pick.
/// </summary>
public sealed class RealServicePhrasesTests
{
    private static readonly ServiceRecognizer Recognizer = new(RealVocabulary(), IntentVocabulary.None);

    [Theory]
    [InlineData("mau bikin kk baru abis nikah", "kk-baru")]
    [InlineData("kk sy mau pisah dr ortu", "kk-baru")]
    [InlineData("kartu kluarga baru", "kk-baru")]
    [InlineData("mau ganti status di kk jd kawin", "kk-perubahan")]
    [InlineData("nama sy salah ketik di kartu klrg", "kk-perubahan")]
    [InlineData("mau tambah anak di kk", "kk-perubahan")]
    [InlineData("bikin akte anak", "akta-kelahiran")]
    [InlineData("anak saya baru lahir mau bikin akta", "akta-kelahiran")]
    [InlineData("akta klahiran", "akta-kelahiran")]
    [InlineData("birth certificate", "akta-kelahiran")]
    [InlineData("lapor kematian ibu", "akta-kematian")]
    [InlineData("suami wafat bulan lalu", "akta-kematian")]
    [InlineData("bapak sy meninggal mau urus akta", "akta-kematian")]
    [InlineData("mau bikin kia anak", "kia")]
    [InlineData("kartu anak", "kia")]
    [InlineData("ktp anak sekolah sd", "kia")]
    [InlineData("mau pindah ke bandung", "pindah-keluar")]
    [InlineData("mau ngurus surat pindah keluar kota", "pindah-keluar")]
    [InlineData("saya baru pindah dari jakarta bawa skpwni", "pindah-datang")]
    [InlineData("sy pindahan dari bekasi", "pindah-datang")]
    [InlineData("ktp sy ilang", "ktp-el-hilang")]
    [InlineData("dompet hilang isi ktp", "ktp-el-hilang")]
    [InlineData("my ktp is lost", "ktp-el-hilang")]
    [InlineData("e-ktp patah", "ktp-el-rusak")]
    [InlineData("ktp rusak chip gak kebaca", "ktp-el-rusak")]
    [InlineData("ktp kebakar", "ktp-el-rusak")]
    [InlineData("mau ganti status di ktp sudah nikah", "ktp-el-perubahan-data")]
    [InlineData("ktp salah nama", "ktp-el-perubahan-data")]
    [InlineData("sy masih pegang suket dari 2017", "suket-ktp-el")]
    [InlineData("surat keterangan pengganti ktp expired", "suket-ktp-el")]
    [InlineData("suket saya sudah kadaluarsa", "suket-ktp-el")]
    [InlineData("ktp pemula syaratnya apa", "ktp-el-pemula")]
    [InlineData("bikin ktp baru umur 17", "ktp-el-pemula")]
    [InlineData("udah rekam tp ktp blm jadi", "lapor-rekam-ktp")]
    [InlineData("ktp digital", "aktivasi-ikd")]
    public void A_citizens_message_lands_on_one_service(string message, string expected)
    {
        var recognition = Recognizer.Recognize(message);
        Assert.Equal([expected], recognition.Candidates);
    }

    [Theory]
    // Really ambiguous: the bot must ask, and the intended service must be among the choices, first.
    [InlineData("anak sy umur 17 mau bikin ktp", "ktp-el-pemula")]
    [InlineData("pindah domisili ke cilegon", "pindah-keluar")]
    public void An_ambiguous_message_offers_the_likely_service_first(string message, string expected)
    {
        var recognition = Recognizer.Recognize(message);
        Assert.Equal(expected, recognition.Candidates.FirstOrDefault());
    }

    private static IEnumerable<ServiceVocabulary> RealVocabulary() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "dialogs", "services"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => JObject.Parse(File.ReadAllText(path)))
            .Select(service => new ServiceVocabulary(
                (string)service["id"]!,
                [.. ((JObject)service["names"]!).Properties().Select(name => (string)name.Value!), .. service["phrases"]!.Values<string>().OfType<string>()]));
}
