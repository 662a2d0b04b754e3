using System.Globalization;

namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>The counts every fault test prints: sent, accepted, answered, lost, duplicated (per inbound message).</summary>
public sealed record Tally(int Sent, int Accepted, int Answered, int Lost, int Duplicated, int OutOfOrder, int Unexpected, int Replies, IReadOnlyList<string> Problems)
{
    public bool Complete => Lost == 0;

    public string Line(string test, string extra = "") =>
        $"[{test}] sent={Sent} accepted={Accepted} answered={Answered} lost={Lost} duplicated={Duplicated} outOfOrder={OutOfOrder} unexpected={Unexpected} replies={Replies}" +
        (extra.Length > 0 ? " " + extra : string.Empty);

    public string ProblemText(int max = 20) =>
        Problems.Count == 0 ? "(none)" : string.Join(Environment.NewLine, Problems.Take(max)) + (Problems.Count > max ? $"{Environment.NewLine}… {Problems.Count - max} more" : string.Empty);

    /// <summary>
    /// Compares what the sink delivered with what every accepted message must have produced. Per accepted message:
    /// answered when each of its replies arrived, lost when one is missing, duplicated when one arrived twice. Per
    /// conversation: the replies in the order the messages were sent; nothing that no message asked for.
    /// </summary>
    public static Tally Of(IReadOnlyCollection<Conversation> conversations, IReadOnlyList<SentMessage> delivered, BotTexts texts)
    {
        var byRecipient = delivered.GroupBy(m => m.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(m => m.Sequence).ToList(), StringComparer.Ordinal);
        int sent = 0, accepted = 0, answered = 0, lost = 0, duplicated = 0, outOfOrder = 0, unexpected = 0;
        var problems = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);

        foreach (var conversation in conversations)
        {
            var to = conversation.Citizen.WhatsApp;
            known.Add(to);
            var received = byRecipient.TryGetValue(to, out var list) ? list.Select(m => texts.Classify(m.Body)).ToList() : [];
            var counts = received.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var expected = new List<string>();
            foreach (var step in conversation.Steps)
            {
                if (step.Sent) sent++;
                if (!step.Accepted) continue;
                accepted++;
                expected.AddRange(step.ExpectedReplies);
                var missing = step.ExpectedReplies.Where(k => counts.GetValueOrDefault(k) == 0).ToList();
                var twice = step.ExpectedReplies.Where(k => counts.GetValueOrDefault(k) > 1).ToList();
                if (missing.Count > 0)
                {
                    lost++;
                    problems.Add($"lost: {conversation.Citizen.Phone} \"{step.Text}\" is missing {string.Join(", ", missing)} (received: {Describe(received)})");
                }
                else
                {
                    answered++;
                }

                if (twice.Count > 0)
                {
                    duplicated++;
                    var times = list!.Where(m => twice.Contains(texts.Classify(m.Body), StringComparer.Ordinal))
                        .Select(m => m.At.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture));
                    problems.Add($"duplicated: {conversation.Citizen.Phone} \"{step.Text}\" got {string.Join(", ", twice.Select(k => $"{k} x{counts[k]}"))} " +
                                 $"at {string.Join(", ", times)} (received: {Describe(received)})");
                }
            }

            var extra = received.Where(k => !expected.Contains(k, StringComparer.Ordinal)).ToList();
            if (extra.Count > 0)
            {
                unexpected += extra.Count;
                problems.Add($"unexpected: {conversation.Citizen.Phone} got {Describe(extra)} (received: {Describe(received)}; expected {Describe(expected)})");
            }

            // Order: the first arrival of each expected reply, in the order the citizen's messages were answered.
            var firsts = received.Where(k => expected.Contains(k, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
            var expectedPresent = expected.Where(k => counts.ContainsKey(k)).ToList();
            if (!firsts.SequenceEqual(expectedPresent, StringComparer.Ordinal))
            {
                outOfOrder++;
                problems.Add($"out of order: {conversation.Citizen.Phone} received {Describe(received)}, expected {Describe(expected)}");
            }
        }

        foreach (var (to, messages) in byRecipient)
        {
            if (known.Contains(to)) continue;
            unexpected += messages.Count;
            problems.Add($"unexpected: {messages.Count} message(s) to {to}, who wrote nothing in this test");
        }

        return new Tally(sent, accepted, answered, lost, duplicated, outOfOrder, unexpected, delivered.Count, problems);
    }

    private static string Describe(IEnumerable<string> kinds) => "[" + string.Join(", ", kinds) + "]";
}
