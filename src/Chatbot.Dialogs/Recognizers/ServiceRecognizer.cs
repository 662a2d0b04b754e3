using System.Buffers;

namespace Chatbot.Dialogs.Recognizers;

/// <summary>
/// Finds which adminduk service a free-text message is about, and whether it asks for requirements or about fees,
/// without any outside service. A phrase of a service counts when all its words are in the message (any order, other
/// words around it); its score is the sum of its words' weights, a word weighing more the fewer services use it, so
/// "kk baru" beats "kk" and "ktp hilang" beats "ktp". Services within <see cref="CloseRatio"/> of the best are all
/// returned (the bot asks which); nothing matched means no candidate, never a guess.
/// </summary>
public sealed class ServiceRecognizer
{
    /// <summary>A service scoring at least this share of the best one is a candidate too.</summary>
    public const double CloseRatio = 0.8;

    /// <summary>More candidates than this make a question too long to answer: the best ones are kept.</summary>
    public const int MaxCandidates = 5;

    private const int MaxWords = 64;

    private readonly string[] _serviceIds;
    private readonly WordResolver _words;
    private readonly float[] _weights;

    // Each phrase listed once, under its heaviest (rarest) word: it can only match when that word is in the message.
    private readonly Phrase[][] _phrasesByKeyWord;

    public ServiceRecognizer(IEnumerable<ServiceVocabulary> services, IntentVocabulary intents)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(intents);
        var serviceList = services.ToList();
        _serviceIds = serviceList.Select(s => s.ServiceId).ToArray();
        var allPhrases = serviceList.SelectMany((s, i) => s.Phrases.Select(p => (Text: p, Owner: i)))
            .Concat(intents.RequirementsQuestion.Select(p => (Text: p, Owner: Phrase.Requirements)))
            .Concat(intents.FeesOrBrokers.Select(p => (Text: p, Owner: Phrase.Fees)))
            .Select(p => (Normalized: TextNormalizer.Normalize(p.Text), p.Owner))
            .Where(p => p.Normalized.Length > 0)
            .ToList();
        _words = new WordResolver(allPhrases.SelectMany(p => p.Normalized.Split(' ')));

        var resolved = new List<(int[] Words, int Owner)>();
        var ids = new int[MaxWords];
        var quality = new float[MaxWords];
        foreach (var (normalized, owner) in allPhrases)
        {
            var count = _words.Resolve(normalized, ids, quality);
            var words = ids.Take(count).Distinct().ToArray();
            if (words.Length > 0) resolved.Add((words, owner));
        }

        _weights = Weights(resolved, _words.Count, _serviceIds.Length);
        _phrasesByKeyWord = new Phrase[_words.Count][];
        var byKey = resolved.Distinct(PhraseComparer.Instance)
            .Select(p => new Phrase(p.Words, p.Owner))
            .GroupBy(p => p.Words.MaxBy(w => _weights[w]))
            .ToDictionary(g => g.Key, g => g.ToArray());
        for (var w = 0; w < _phrasesByKeyWord.Length; w++) _phrasesByKeyWord[w] = byKey.GetValueOrDefault(w, []);
    }

    public ServiceRecognition Recognize(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0) return new ServiceRecognition([], false, false);

        Span<int> ids = stackalloc int[MaxWords];
        Span<float> quality = stackalloc float[MaxWords];
        var count = KeepBestOfEach(ids, quality, _words.Resolve(normalized, ids, quality));
        ids = ids[..count];
        quality = quality[..count];

        var rented = _serviceIds.Length > 256 ? ArrayPool<double>.Shared.Rent(_serviceIds.Length) : null;
        var scores = rented is null ? stackalloc double[_serviceIds.Length] : rented.AsSpan(0, _serviceIds.Length);
        scores.Clear();
        bool requirements = false, fees = false;
        foreach (var key in ids)
        {
            foreach (var phrase in _phrasesByKeyWord[key])
            {
                if (Score(phrase, ids, quality) is not { } score) continue;
                if (phrase.Owner == Phrase.Requirements) requirements = true;
                else if (phrase.Owner == Phrase.Fees) fees = true;
                else scores[phrase.Owner] = Math.Max(scores[phrase.Owner], score);
            }
        }

        var candidates = Candidates(scores);
        if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        return new ServiceRecognition(candidates, requirements, fees);
    }

    private List<string> Candidates(Span<double> scores)
    {
        var best = 0d;
        foreach (var s in scores) best = Math.Max(best, s);
        var candidates = new List<string>();
        if (best <= 0) return candidates;
        var ranked = new List<(double Score, int Index)>();
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] >= best * CloseRatio) ranked.Add((scores[i], i));
        }

        // Best first; equal scores keep the catalogue's order, so the answer never depends on hashing.
        ranked.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index));
        foreach (var (_, index) in ranked.Take(MaxCandidates)) candidates.Add(_serviceIds[index]);
        return candidates;
    }

    private double? Score(Phrase phrase, ReadOnlySpan<int> ids, ReadOnlySpan<float> quality)
    {
        var score = 0d;
        foreach (var word in phrase.Words)
        {
            var at = ids.IndexOf(word);
            if (at < 0) return null;
            score += _weights[word] * quality[at];
        }

        return score;
    }

    // A word said twice counts once, with its surest reading.
    private static int KeepBestOfEach(Span<int> ids, Span<float> quality, int count)
    {
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            var seen = ids[..written].IndexOf(ids[i]);
            if (seen >= 0)
            {
                quality[seen] = Math.Max(quality[seen], quality[i]);
                continue;
            }

            ids[written] = ids[i];
            quality[written] = quality[i];
            written++;
        }

        return written;
    }

    // 1 + ln(services / services using the word): a word of one service weighs most, one every service uses weighs 1.
    private static float[] Weights(List<(int[] Words, int Owner)> phrases, int wordCount, int serviceCount)
    {
        var users = new HashSet<int>[wordCount];
        for (var w = 0; w < wordCount; w++) users[w] = [];
        foreach (var (words, owner) in phrases.Where(p => p.Owner >= 0))
        {
            foreach (var w in words) users[w].Add(owner);
        }

        var weights = new float[wordCount];
        for (var w = 0; w < wordCount; w++)
        {
            weights[w] = 1f + (float)Math.Log(Math.Max(1, serviceCount) / (double)Math.Max(1, users[w].Count));
        }

        return weights;
    }

    private sealed record Phrase(int[] Words, int Owner)
    {
        public const int Requirements = -1;
        public const int Fees = -2;
    }

    private sealed class PhraseComparer : IEqualityComparer<(int[] Words, int Owner)>
    {
        public static readonly PhraseComparer Instance = new();

        public bool Equals((int[] Words, int Owner) x, (int[] Words, int Owner) y) =>
            x.Owner == y.Owner && x.Words.Order().SequenceEqual(y.Words.Order());

        public int GetHashCode((int[] Words, int Owner) obj)
        {
            var hash = new HashCode();
            hash.Add(obj.Owner);
            foreach (var w in obj.Words.Order()) hash.Add(w);
            return hash.ToHashCode();
        }
    }
}
