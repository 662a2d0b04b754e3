namespace Chatbot.Dialogs.Recognizers;

/// <summary>
/// Turns the words of a message into the ids of the vocabulary words they stand for, forgiving what citizens type:
/// slang and variants ("akte", "ilang", "ektp"), affixes ("kehilangan", "syaratnya", "ngurus"), dropped vowels ("klrg",
/// "pndh") and typos scaled by word length, then joins multi-word names ("kartu keluarga" → "kk"). Vocabulary phrases
/// go through the same steps, so both sides meet in one form. Built once; reading is thread-safe and allocates nothing per word.
/// </summary>
internal sealed class WordResolver
{
    public const int Filler = -1;
    public const int Unknown = -2;
    private const int Ambiguous = -3;
    private const int MinRootLength = 4;
    private const float SkeletonQuality = 0.9f;
    private const float TypoQuality = 0.85f;

    private readonly Dictionary<string, int> _surfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _surfaceLookup;
    private readonly Dictionary<string, int> _skeletons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _skeletonLookup;
    private readonly List<(string Word, int Id)>[] _byLength;
    private readonly Dictionary<(int, int, int), int> _compounds = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <param name="words">Every word of every phrase the recognizer will match, as written in the vocabulary.</param>
    public WordResolver(IEnumerable<string> words)
    {
        _surfaceLookup = _surfaces.GetAlternateLookup<ReadOnlySpan<char>>();
        _skeletonLookup = _skeletons.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var filler in CitizenWords.Filler) _surfaces[filler] = Filler;

        var known = new HashSet<string>(words, StringComparer.Ordinal);
        known.UnionWith(CitizenWords.Roots);
        known.UnionWith(CitizenWords.Standard.Values);
        foreach (var (compound, abbreviation) in CitizenWords.Compounds)
        {
            known.UnionWith(compound.Split(' '));
            known.Add(abbreviation);
        }

        known.ExceptWith(CitizenWords.Filler);
        // Roots first, so that affixed words can reduce to them; then the rest, shortest first.
        foreach (var word in known.Where(w => !CitizenWords.Standard.ContainsKey(w)).OrderBy(w => w.Length).ThenBy(w => w, StringComparer.Ordinal))
        {
            if (_surfaces.ContainsKey(word)) continue;
            _surfaces[word] = Strip(word) is var stripped and >= 0 ? stripped : IdOf(word);
        }

        foreach (var (slang, standard) in CitizenWords.Standard) _surfaces[slang] = _surfaces.TryGetValue(standard, out var id) && id >= 0 ? id : IdOf(standard);

        foreach (var (compound, abbreviation) in CitizenWords.Compounds)
        {
            var parts = compound.Split(' ').Select(p => _surfaces[p]).ToArray();
            _compounds[(parts[0], parts[1], parts.Length > 2 ? parts[2] : Unknown)] = _surfaces[abbreviation];
        }

        var maxLength = _surfaces.Keys.Max(k => k.Length);
        _byLength = new List<(string, int)>[maxLength + 1];
        for (var i = 0; i <= maxLength; i++) _byLength[i] = [];
        foreach (var (surface, id) in _surfaces.Where(s => s.Value >= 0).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (surface.Length >= MinRootLength) _byLength[surface.Length].Add((surface, id));
            if (surface.Length >= MinRootLength && surface.AsSpan().IndexOfAny(CitizenWords.Vowels) >= 0)
            {
                var skeleton = new string(surface.Where(c => !CitizenWords.Vowels.Contains(c)).ToArray());
                _skeletons[skeleton] = _skeletons.TryGetValue(skeleton, out var other) && other != id ? Ambiguous : id;
            }
        }
    }

    /// <summary>How many distinct vocabulary words there are: ids run from 0 to this, exclusive.</summary>
    public int Count => _ids.Count;

    /// <summary>
    /// The ids of the meaningful words of a normalized text (see <see cref="TextNormalizer"/>), with how sure each
    /// is (1 as written or a known variant, less for a guessed typo). Filler and unknown words are left out.
    /// </summary>
    public int Resolve(string normalized, Span<int> ids, Span<float> quality)
    {
        var count = 0;
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            if (count == ids.Length) break;
            var id = Resolve(normalized.AsSpan()[range], out var q);
            if (id < 0) continue;
            ids[count] = id;
            quality[count] = q;
            count++;
        }

        return JoinCompounds(ids, quality, count);
    }

    private int Resolve(ReadOnlySpan<char> word, out float quality)
    {
        quality = 1f;
        if (word.Length == 0 || !word.ContainsAnyExceptInRange('0', '9')) return Unknown;
        var id = Known(word);
        if (id != Unknown) return id;

        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        var collapsed = Collapse(word, buffer);
        if (collapsed.Length < word.Length && Known(collapsed) is var c and not Unknown) return c;

        if (word.Length >= 3 && !word.ContainsAny(CitizenWords.Vowels) && _skeletonLookup.TryGetValue(word, out id) && id >= 0)
        {
            quality = SkeletonQuality;
            return id;
        }

        quality = TypoQuality;
        return Typo(word);
    }

    // As written, without a possessive ("ktpnya"), or reduced to a known root ("kehilangan").
    private int Known(ReadOnlySpan<char> word)
    {
        if (_surfaceLookup.TryGetValue(word, out var id)) return id;
        foreach (var possessive in CitizenWords.Possessives)
        {
            if (word.Length - possessive.Length >= 2 && word.EndsWith(possessive) && _surfaceLookup.TryGetValue(word[..^possessive.Length], out id)) return id;
        }

        return StripSpan(word);
    }

    private int Strip(string word)
    {
        var id = StripSpan(word);
        return id is Unknown or Filler ? Unknown : id;
    }

    // Indonesian affixes, with the nasal prefixes that swallow the root's first letter: "memindahkan" → "pindah",
    // "menulis" → "tulis", "menyimpan" → "simpan", "mengirim" → "kirim".
    private int StripSpan(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length + 1, 65)];
        foreach (var suffix in CitizenWords.Suffixes)
        {
            if (!word.EndsWith(suffix)) continue;
            foreach (var prefix in CitizenWords.Prefixes)
            {
                if (prefix.Length + suffix.Length == 0 || !word.StartsWith(prefix)) continue;
                var core = word[prefix.Length..^suffix.Length];
                if (core.Length < MinRootLength - 1) continue;
                if (core.Length >= MinRootLength && _surfaceLookup.TryGetValue(core, out var id)) return id;
                var swallowed = prefix switch
                {
                    "mem" or "pem" => 'p',
                    "men" or "pen" => 't',
                    "meny" or "peny" => 's',
                    "meng" or "peng" => 'k',
                    _ => '\0',
                };
                if (swallowed == '\0' || core.Length + 1 > buffer.Length) continue;
                buffer[0] = swallowed;
                core.CopyTo(buffer[1..]);
                if (_surfaceLookup.TryGetValue(buffer[..(core.Length + 1)], out id)) return id;
            }
        }

        return Unknown;
    }

    // The one vocabulary word within the typo tolerance of its length; none when two different words are as close.
    private int Typo(ReadOnlySpan<char> word)
    {
        if (word.Length < MinRootLength) return Unknown;
        var best = Unknown;
        var bestDistance = int.MaxValue;
        for (var length = Math.Max(MinRootLength, word.Length - 2); length <= Math.Min(_byLength.Length - 1, word.Length + 2); length++)
        {
            foreach (var (candidate, id) in _byLength[length])
            {
                var distance = EditDistance.Between(word, candidate);
                // Tolerance of the shorter word: "kemarin" is not a typo of "kematian".
                if (distance > EditDistance.Tolerance(Math.Min(word.Length, candidate.Length)) || distance > bestDistance) continue;
                if (distance == bestDistance && id != best) best = Ambiguous;
                else if (distance < bestDistance) best = id;
                bestDistance = distance;
            }
        }

        return best >= 0 ? best : Unknown;
    }

    private int JoinCompounds(Span<int> ids, Span<float> quality, int count)
    {
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            var length = 1;
            var id = ids[i];
            if (i + 2 < count && _compounds.TryGetValue((ids[i], ids[i + 1], ids[i + 2]), out var three))
            {
                id = three;
                length = 3;
            }
            else if (i + 1 < count && _compounds.TryGetValue((ids[i], ids[i + 1], Unknown), out var two))
            {
                id = two;
                length = 2;
            }

            ids[written] = id;

            var q = quality[i];
            for (var k = 1; k < length; k++) q = Math.Min(q, quality[i + k]);
            quality[written] = q;
            written++;
            i += length - 1;
        }

        return written;
    }

    private static ReadOnlySpan<char> Collapse(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (length == buffer.Length) break;
            if (length == 0 || buffer[length - 1] != c) buffer[length++] = c;
        }

        return buffer[..length];
    }

    private int IdOf(string canonical)
    {
        if (!_ids.TryGetValue(canonical, out var id)) _ids[canonical] = id = _ids.Count;
        return id;
    }
}
