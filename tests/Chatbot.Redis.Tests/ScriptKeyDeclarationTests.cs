using System.Text.RegularExpressions;

namespace Chatbot.Redis.Tests;

/// <summary>
/// Every Lua script names only keys it was given in KEYS. Redis does not enforce this (a cluster node runs a script
/// that builds a key, as long as the key happens to be local), so it is checked here: the key argument of every
/// redis.call / redis.pcall must be KEYS[n] or a local bound to KEYS[n]. A key built from ARGV or from stored data
/// would work on one server and fail on a cluster only once that key lands on another node.
/// </summary>
public sealed partial class ScriptKeyDeclarationTests
{
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var name in typeof(RedisKeys).Assembly.GetManifestResourceNames().Where(n => n.EndsWith(".lua", StringComparison.Ordinal)).Order())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Every_key_a_script_touches_comes_from_KEYS(string resource)
    {
        using var stream = typeof(RedisKeys).Assembly.GetManifestResourceStream(resource)!;
        var code = string.Join('\n', new StreamReader(stream).ReadToEnd().Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal)));

        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match local in LocalBinding().Matches(code))
        {
            var names = local.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries);
            var values = SplitArguments(local.Groups["values"].Value);
            for (var i = 0; i < names.Length && i < values.Count; i++) aliases[names[i]] = values[i];
        }

        var calls = 0;
        foreach (Match call in RedisCall().Matches(code))
        {
            calls++;
            var arguments = SplitArguments(Enclosed(code, call.Index + call.Length));
            var command = arguments[0].Trim('\'', '"').ToUpperInvariant();
            var keyArgument = command switch
            {
                "TIME" => null,
                "XGROUP" => arguments[2],
                "XREADGROUP" => arguments[arguments.FindIndex(a => a.Trim('\'', '"') == "STREAMS") + 1],
                _ => arguments[1],
            };
            if (keyArgument is null) continue;
            var resolved = aliases.GetValueOrDefault(keyArgument, keyArgument);
            Assert.True(KeysReference().IsMatch(resolved), $"{resource}: {command} touches '{keyArgument}', not a key from KEYS");
        }

        Assert.True(calls > 0, $"{resource}: no redis.call found");
    }

    /// <summary>The text between the parenthesis opened just before <paramref name="start"/> and its match.</summary>
    private static string Enclosed(string code, int start)
    {
        var depth = 1;
        for (var i = start; i < code.Length; i++)
        {
            if (code[i] == '(') depth++;
            if (code[i] == ')' && --depth == 0) return code[start..i];
        }

        throw new InvalidOperationException("Unbalanced parentheses.");
    }

    /// <summary>Splits on the commas outside parentheses, braces and brackets.</summary>
    private static List<string> SplitArguments(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '{' or '[': depth++; break;
                case ')' or '}' or ']': depth--; break;
                case ',' when depth == 0:
                    parts.Add(text[from..i].Trim());
                    from = i + 1;
                    break;
            }
        }

        parts.Add(text[from..].Trim());
        return parts;
    }

    [GeneratedRegex(@"redis\.p?call\(")]
    private static partial Regex RedisCall();

    [GeneratedRegex(@"^\s*local\s+(?<names>\w+(?:\s*,\s*\w+)*)\s*=\s*(?<values>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex LocalBinding();

    [GeneratedRegex(@"^KEYS\[\d+\]$")]
    private static partial Regex KeysReference();
}
