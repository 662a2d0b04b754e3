using System.Text.RegularExpressions;
using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Limits on an answer; each applies to certain step types only (checked at load).</summary>
public sealed class StepConstraints
{
    private Regex? regex;

    /// <summary>Text: fewest characters (after trimming).</summary>
    public int? MinLength { get; init; }

    /// <summary>Text: most characters.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Text: a .NET regular expression the whole answer must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>Date: not after today (office time).</summary>
    public bool? NotInFuture { get; init; }

    /// <summary>Date: not more than this many days before today.</summary>
    public int? MaxAgeDays { get; init; }

    /// <summary>Date: not before this day (e.g. 2011-01-01, when KTP-el recording began), however long ago it is.</summary>
    public DateOnly? NotBefore { get; init; }

    /// <summary>Media: accepted MIME types.</summary>
    public IReadOnlyList<string>? ContentTypes { get; init; }

    /// <summary>Media: largest accepted size.</summary>
    public long? MaxBytes { get; init; }

    [JsonIgnore]
    public Regex? PatternRegex => Pattern is null ? null : regex ??= new Regex(Pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    /// <summary>Whole megabytes for "maksimal {maxMb} MB".</summary>
    [JsonIgnore]
    public long? MaxMegabytes => MaxBytes is { } b ? (long)Math.Ceiling(b / (1024d * 1024d)) : null;
}
