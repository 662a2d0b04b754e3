using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Tests.Recognizers;

public class ServiceRecognizerTests
{
    // Written by hand to resemble a real catalogue: names in both languages and the words citizens use.
    private static readonly ServiceVocabulary[] Services =
    [
        new("kk-baru", ["KK baru", "New family card", "kk", "kartu keluarga baru", "bikin kk", "buat kk", "kk nikah", "kk pisah", "kk sendiri", "pecah kk"]),
        new("kk-perubahan", ["KK perubahan data", "Family card data change", "kk", "kartu keluarga", "ubah data kk", "tambah anggota kk", "masukin anak ke kk", "kk salah", "ganti data kk", "update kk"]),
        new("akta-kelahiran", ["Akta kelahiran", "Birth certificate", "akta lahir", "akte anak", "lahir", "bayi baru lahir", "surat lahir"]),
        new("akta-kematian", ["Akta kematian", "Death certificate", "meninggal", "surat kematian", "akta mati", "orang tua meninggal"]),
        new("kia", ["KIA", "Kartu identitas anak", "Child identity card", "ktp anak"]),
        new("pindah-keluar", ["Pindah keluar", "Moving out", "pindah ke", "pindah domisili", "surat pindah", "skpwni", "mutasi keluar", "pindah"]),
        new("pindah-datang", ["Pindah datang", "Moving in", "pindah dari", "pindahan dari", "datang dari", "pindah masuk", "pindah"]),
        new("ktp-hilang", ["KTP-el hilang", "Lost ID card", "ktp hilang", "e-ktp hilang", "kehilangan ktp", "ktp ilang", "ktp"]),
        new("ktp-rusak", ["KTP-el rusak", "Damaged ID card", "ktp rusak", "ktp patah", "ktp retak", "ktp ganti baru", "ktp"]),
        new("ktp-perubahan", ["KTP-el perubahan data", "ID card data change", "ganti data ktp", "ubah data ktp", "ktp salah", "ganti alamat ktp", "ganti status ktp", "ktp"]),
        new("suket-ke-ktp", ["Suket ke KTP-el", "Certificate to ID card", "suket", "surat keterangan", "tukar suket", "ganti suket"]),
        new("ktp-pemula", ["KTP-el pemula", "First ID card", "ktp pertama", "baru 17 tahun", "bikin ktp pertama", "umur 17", "ktp pemula"]),
        new("lapor-rekam-ktp", ["Lapor sudah rekam KTP-el", "Recorded but no ID card", "sudah rekam", "udah rekam tapi belum jadi", "ktp belum jadi", "rekam ktp", "ktp belum dicetak"]),
        new("aktivasi-ikd", ["Aktivasi IKD", "Digital ID activation", "ikd", "ktp digital", "identitas kependudukan digital", "aktivasi"]),
    ];

    private static readonly IntentVocabulary Intents = new(
        ["syarat", "persyaratan", "perlu bawa", "bawa apa", "berkas apa", "dokumen apa", "requirements", "what documents", "what do i need"],
        ["biaya", "bayar", "berapa biaya", "harga", "tarif", "calo", "pungli", "gratis", "fee", "cost", "how much"]);

    private static readonly ServiceRecognizer Recognizer = new(Services, Intents);

    [Theory]
    // Clear requests, as citizens write them.
    [InlineData("pagi kak, mau buat kartu keluarga baru abis nikah, apa aja syaratnya?", "kk-baru")]
    [InlineData("sy mau bikin kk", "kk-baru")]
    [InlineData("mau bikin kk baru kak", "kk-baru")]
    [InlineData("kartu klrg baru", "kk-baru")]
    [InlineData("mau pecah kk dari ortu", "kk-baru")]
    [InlineData("kk saya salah nama ibunya", "kk-perubahan")]
    [InlineData("mau masukin anak ke kk", "kk-perubahan")]
    [InlineData("tambah anggota kartu keluarga", "kk-perubahan")]
    [InlineData("caranya ngurus akte kelahiran gimana ya", "akta-kelahiran")]
    [InlineData("akta lahir anak sy blm ada", "akta-kelahiran")]
    [InlineData("anak saya baru lahir kemarin", "akta-kelahiran")]
    [InlineData("mau bikin akte kelahiran", "akta-kelahiran")]
    [InlineData("akta kelahrian", "akta-kelahiran")]
    [InlineData("bapak saya meninggal minggu lalu, mau urus aktanya", "akta-kematian")]
    [InlineData("ngurus akte kematian", "akta-kematian")]
    [InlineData("bikin kia buat anak", "kia")]
    [InlineData("kartu identitas anak", "kia")]
    [InlineData("mau pindah domisili ke kab serang", "pindah-keluar")]
    [InlineData("surat pindah", "pindah-keluar")]
    [InlineData("sy pindahan dari bekasi", "pindah-datang")]
    [InlineData("ktp sy ilang", "ktp-hilang")]
    [InlineData("e-ktp saya hilang di jalan", "ktp-hilang")]
    [InlineData("kehilangan ektp", "ktp-hilang")]
    [InlineData("KTP-EL HILANG", "ktp-hilang")]
    [InlineData("ktp hilng kak", "ktp-hilang")]
    [InlineData("e-ktp sy patah, bisa diganti?", "ktp-rusak")]
    [InlineData("ktp saya rusak", "ktp-rusak")]
    [InlineData("ktpnya retak", "ktp-rusak")]
    [InlineData("mau ganti alamat di ktp", "ktp-perubahan")]
    [InlineData("data ktp saya salah, mau diubah", "ktp-perubahan")]
    [InlineData("sy masih pake suket, kapan jadi ktp?", "suket-ke-ktp")]
    [InlineData("surat keterangan pengganti ktp", "suket-ke-ktp")]
    [InlineData("anak sy baru 17 tahun mau bikin ktp pertama", "ktp-pemula")]
    [InlineData("udah rekam tapi ktp belum jadi", "lapor-rekam-ktp")]
    [InlineData("sudah perekaman dari tahun lalu", "lapor-rekam-ktp")]
    [InlineData("aktivasi ikd", "aktivasi-ikd")]
    [InlineData("mau aktifasi ktp digital", "aktivasi-ikd")]
    [InlineData("Identitas Kependudukan Digital", "aktivasi-ikd")]
    // English.
    [InlineData("I lost my ID card", "ktp-hilang")]
    [InlineData("how do I get a birth certificate for my baby", "akta-kelahiran")]
    [InlineData("my ID card is broken", "ktp-rusak")]
    [InlineData("death certificate for my father", "akta-kematian")]
    public void Recognises_one_service(string message, string expected)
    {
        var result = Recognizer.Recognize(message);

        Assert.Equal([expected], result.Candidates);
    }

    [Theory]
    [InlineData("kk", new[] { "kk-baru", "kk-perubahan" })]
    [InlineData("kartu keluarga", new[] { "kk-baru", "kk-perubahan" })]
    [InlineData("mau pindah", new[] { "pindah-keluar", "pindah-datang" })]
    [InlineData("ktp saya hilang dan rusak", new[] { "ktp-hilang", "ktp-rusak" })]
    [InlineData("ktp", new[] { "ktp-hilang", "ktp-rusak", "ktp-perubahan" })]
    // Moving in makes a new KK too: both are likely, the better match first.
    [InlineData("baru pindah dari jakarta mau bikin kk disini", new[] { "pindah-datang", "kk-baru" })]
    public void Close_scores_give_several_candidates_best_first(string message, string[] expected)
    {
        var result = Recognizer.Recognize(message);

        Assert.Equal(expected, result.Candidates);
        Assert.True(result.IsAmbiguous);
    }

    [Theory]
    [InlineData("halo")]
    [InlineData("terima kasih")]
    [InlineData("asdfgh")]
    [InlineData("mau tanya")]
    [InlineData("selamat pagi kak")]
    [InlineData("ok makasih min")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("🙏🙏")]
    [InlineData("12345")]
    [InlineData("kita ke kantor besok")]
    public void Nothing_near_a_service_gives_no_candidate(string? message)
    {
        var result = Recognizer.Recognize(message);

        Assert.Empty(result.Candidates);
        Assert.True(result.IsUnknown);
    }

    [Theory]
    [InlineData("syaratnya apa", true, false)]
    [InlineData("apa aja syaratnya buat kk baru?", true, false)]
    [InlineData("perlu bawa apa aja kak", true, false)]
    [InlineData("persyaratan akta kelahiran", true, false)]
    [InlineData("brp biayanya", false, true)]
    [InlineData("bayar berapa ya", false, true)]
    [InlineData("ada calo yg nawarin 200rb", false, true)]
    [InlineData("syarat dan biaya ktp hilang", true, true)]
    [InlineData("what documents do I need and how much", true, true)]
    [InlineData("ktp hilang", false, false)]
    public void Tells_requirement_and_fee_questions(string message, bool requirements, bool fees)
    {
        var result = Recognizer.Recognize(message);

        Assert.Equal(requirements, result.AsksRequirements);
        Assert.Equal(fees, result.AsksAboutFees);
    }

    [Fact]
    public void A_requirements_question_still_names_its_service()
    {
        var result = Recognizer.Recognize("apa aja syaratnya buat kk baru?");

        Assert.Equal(["kk-baru"], result.Candidates);
        Assert.True(result.AsksRequirements);
    }

    [Fact]
    public void A_requirements_question_alone_names_no_service()
    {
        var result = Recognizer.Recognize("syaratnya apa aja?");

        Assert.Empty(result.Candidates);
        Assert.True(result.AsksRequirements);
    }

    [Fact]
    public void More_close_services_than_fit_a_question_keep_the_first_five()
    {
        var vocabulary = Enumerable.Range(1, 7).Select(i => new ServiceVocabulary($"s{i}", ["formulir"])).ToArray();
        var recognizer = new ServiceRecognizer(vocabulary, IntentVocabulary.None);

        Assert.Equal(["s1", "s2", "s3", "s4", "s5"], recognizer.Recognize("formulir").Candidates);
    }

    [Fact]
    public void An_empty_catalogue_recognises_nothing()
    {
        var recognizer = new ServiceRecognizer([], IntentVocabulary.None);

        Assert.Empty(recognizer.Recognize("ktp hilang").Candidates);
    }

    [Fact]
    public void A_long_message_is_read_without_failing()
    {
        var message = string.Join(' ', Enumerable.Repeat("kak saya mau tanya", 40)) + " ktp hilang";

        Assert.NotNull(Recognizer.Recognize(message));
    }
}
