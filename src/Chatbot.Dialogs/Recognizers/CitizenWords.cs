namespace Chatbot.Dialogs.Recognizers;

/// <summary>
/// The language-level knowledge behind <see cref="ServiceRecognizer"/>, the same for every service: words that carry
/// no meaning in a request (greetings, pronouns, particles), slang and spelling variants with their standard word,
/// roots that affixed forms reduce to ("kehilangan" → "hilang"), and multi-word names that are one thing ("kartu
/// keluarga" = "kk"). Service-specific words belong in the service files, not here.
/// </summary>
internal static class CitizenWords
{
    /// <summary>Ignored in messages and in vocabulary phrases; never typo-matched, so "kita" is not "kia".</summary>
    public static readonly IReadOnlySet<string> Filler = new HashSet<string>(StringComparer.Ordinal)
    {
        // Greetings, thanks and forms of address.
        "halo", "hallo", "helo", "hai", "hi", "hello", "hey", "pagi", "siang", "sore", "malam", "malem", "selamat", "slmt",
        "assalamualaikum", "assalamu", "alaikum", "asalamualaikum", "askum", "ass", "wr", "wb", "salam", "permisi", "punten",
        "terima", "kasih", "makasih", "trims", "trimakasih", "terimakasih", "tks", "thx", "thanks", "thank", "you",
        "kak", "ka", "kakak", "min", "mimin", "admin", "mas", "mbak", "mba", "bu", "ibu", "pak", "bapak", "gan", "sis", "om", "bang",
        // Pronouns.
        "saya", "sy", "aku", "ak", "gw", "gue", "gua", "w", "kami", "kita", "anda", "i", "me", "my", "we", "our",
        // Wanting, asking, particles.
        "mau", "mo", "ingin", "pengen", "pingin", "pgn", "tanya", "nanya", "bertanya", "info", "informasi", "tolong", "mohon",
        "bantu", "minta", "ya", "yah", "iya", "dong", "deh", "nih", "sih", "kah", "lah", "loh", "lho", "kok", "tuh", "nya", "ok", "oke",
        "aja", "saja", "gimana", "gmn", "bagaimana", "bgmn", "gmana", "cara", "caranya", "apakah", "bisa", "bs", "bisakah",
        "itu", "ini", "yang", "yg", "dan", "atau", "dengan", "dgn", "untuk", "utk", "pada", "di", "ada", "jadi", "kalau", "kalo", "klo",
        "klu", "kl", "gitu", "begitu", "please", "pls", "how", "what", "to", "a", "an", "the", "for", "do", "can", "is", "are",
        "want", "would", "like", "get", "need", "e", "el",
    };

    /// <summary>Slang, spelling variants and English words, to the standard word the vocabulary is matched in.</summary>
    public static readonly IReadOnlyDictionary<string, string> Standard = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["akte"] = "akta",
        ["akt"] = "akta",
        ["ilang"] = "hilang",
        ["hlg"] = "hilang",
        ["hilng"] = "hilang",
        ["lost"] = "hilang",
        ["missing"] = "hilang",
        ["ektp"] = "ktp",
        ["ktpel"] = "ktp",
        ["ekatepe"] = "ktp",
        ["katepe"] = "ktp",
        ["patah"] = "rusak",
        ["retak"] = "rusak",
        ["pecah"] = "rusak",
        ["sobek"] = "rusak",
        ["robek"] = "rusak",
        ["luntur"] = "rusak",
        ["pudar"] = "rusak",
        ["broken"] = "rusak",
        ["damaged"] = "rusak",
        ["rsk"] = "rusak",
        ["bikin"] = "buat",
        ["urus"] = "buat",
        ["ngurus"] = "buat",
        ["bkn"] = "buat",
        ["make"] = "buat",
        ["rubah"] = "ubah",
        ["update"] = "ubah",
        ["change"] = "ubah",
        ["koreksi"] = "ubah",
        ["meninggal"] = "mati",
        ["wafat"] = "mati",
        ["died"] = "mati",
        ["death"] = "mati",
        ["kawin"] = "nikah",
        ["married"] = "nikah",
        ["lahiran"] = "lahir",
        ["birth"] = "lahir",
        ["udah"] = "sudah",
        ["udh"] = "sudah",
        ["sdh"] = "sudah",
        ["dah"] = "sudah",
        ["already"] = "sudah",
        ["blm"] = "belum",
        ["blom"] = "belum",
        ["belom"] = "belum",
        ["brp"] = "berapa",
        ["brapa"] = "berapa",
        ["berapa"] = "berapa",
        ["gak"] = "tidak",
        ["ga"] = "tidak",
        ["gk"] = "tidak",
        ["nggak"] = "tidak",
        ["enggak"] = "tidak",
        ["tdk"] = "tidak",
        ["ngga"] = "tidak",
        ["abis"] = "habis",
        ["hbs"] = "habis",
        ["new"] = "baru",
        ["br"] = "baru",
        ["syrt"] = "syarat",
        ["sarat"] = "syarat",
        ["biaya2"] = "biaya",
        ["fee"] = "biaya",
        ["cost"] = "biaya",
        ["aktifasi"] = "aktivasi",
        ["aktivasi"] = "aktivasi",
        ["activate"] = "aktivasi",
        ["activation"] = "aktivasi",
    };

    /// <summary>Roots that affixed words reduce to even when the vocabulary only has the affixed form.</summary>
    public static readonly IReadOnlyList<string> Roots =
    [
        "lahir", "mati", "hilang", "rusak", "ubah", "pindah", "datang", "nikah", "cerai", "buat", "ganti", "syarat",
        "biaya", "bayar", "bawa", "rekam", "lapor", "daftar", "cetak", "ambil", "tambah", "hapus", "salah", "perlu", "aktif", "urus",
    ];

    /// <summary>Names of several words that are one thing; both spellings end up as the abbreviation.</summary>
    public static readonly IReadOnlyList<(string Words, string Abbreviation)> Compounds =
    [
        ("kartu keluarga", "kk"),
        ("family card", "kk"),
        ("kartu tanda penduduk", "ktp"),
        ("id card", "ktp"),
        ("identity card", "ktp"),
        ("kartu identitas anak", "kia"),
        ("identitas kependudukan digital", "ikd"),
        ("surat keterangan", "suket"),
    ];

    public const string Vowels = "aiueo";

    // Affixes tried (longest first within each list) when a word is not known as written.
    public static readonly string[] Prefixes = ["meng", "meny", "peng", "peny", "mem", "men", "pem", "pen", "per", "ber", "ter", "nge", "di", "ke", "se", "me", "pe", "ng", ""];
    public static readonly string[] Suffixes = ["annya", "kannya", "nya", "kan", "an", "in", "i", "kah", "lah", ""];
    public static readonly string[] Possessives = ["nya", "ku", "mu"];
}
