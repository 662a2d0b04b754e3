using Chatbot.Core.Conversations;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// Every Redis key of the product, in one place. Cluster-ready: a conversation's keys carry the hash tag of the stream
/// partition it belongs to (<c>{p7.16}</c>, see <see cref="PartitionTags"/>), so the webhook's accept and a turn's
/// load and commit each touch one slot while the partitions spread evenly over the shards; a case's keys carry the tag
/// of its service (<c>{svc:lapor-rekam-ktp}</c>), so open-or-join is one script. Keys without a tag (the handoff queue,
/// leases, storage items, the case code index) are only ever used alone. Every script gets all its keys in KEYS (never
/// builds one), all in one slot; an operation that must span slots is a sequence of idempotent steps (see
/// <see cref="RedisCaseStore"/> and <see cref="RedisDeliveryLog"/>).
/// </summary>
public sealed class RedisKeys(string prefix, int partitions)
{
    public string Prefix { get; } = prefix;

    public int Partitions { get; } = partitions;

    public int PartitionOf(string conversationId) => Partitioning.PartitionOf(conversationId, Partitions);

    /// <summary>The hash tag (without braces) shared by a partition's streams and its conversations' keys.</summary>
    public string PartitionTag(int partition) => PartitionTags.Of(partition, Partitions);

    // Streams, one per partition: {prefix}:{p7.16}:inbox / outbox.
    public RedisKey Inbox(int partition) => $"{PartitionRoot(partition)}:inbox";

    public RedisKey Outbox(int partition) => $"{PartitionRoot(partition)}:outbox";

    // A conversation's keys, in its partition's slot.
    public RedisKey ConversationState(string conversationId) => $"{Conversation(conversationId)}:state";

    public RedisKey Transcript(string conversationId) => $"{Conversation(conversationId)}:transcript";

    /// <summary>Time (unix ms) of the latest inbound message, written by the webhook: WhatsApp's 24-hour window.</summary>
    public RedisKey LastInbound(string conversationId) => $"{Conversation(conversationId)}:last-inbound";

    /// <summary>Codes of the cases requested from this number (sorted by creation time).</summary>
    public RedisKey RequesterCases(string conversationId) => $"{Conversation(conversationId)}:cases";

    /// <summary>Set by the webhook when it accepts a message id: a repeat is dropped.</summary>
    public RedisKey Seen(string conversationId, string messageId) => $"{PartitionRoot(PartitionOf(conversationId))}:seen:{messageId}";

    /// <summary>Set by the turn commit: a second delivery of a handled message is not handled again.</summary>
    public RedisKey Processed(string conversationId, string messageId) => $"{PartitionRoot(PartitionOf(conversationId))}:processed:{messageId}";

    // Cases, in their service's slot.
    public RedisKey Case(string service, string code) => $"{CasePrefix(service)}{code}";

    /// <summary>Case keys are this plus the code; the open-or-join script builds the key of an existing case from it.</summary>
    public string CasePrefix(string service) => $"{ServiceRoot(service)}:case:";

    public RedisKey OpenCaseByNik(string service, string nik) => $"{ServiceRoot(service)}:open-by-nik:{nik}";

    /// <summary>Waiting cases of one queue: higher priority first, then older first.</summary>
    public RedisKey CaseQueue(string service, string queue) => $"{CaseQueuePrefix(service)}{queue}";

    public string CaseQueuePrefix(string service) => $"{ServiceRoot(service)}:queue:";

    /// <summary>Case code → service, to find a case's slot from its code alone.</summary>
    public RedisKey CaseCodeIndex(string code) => $"{Prefix}:casecode:{code}";

    /// <summary>Conversations waiting for an operator, by time.</summary>
    public RedisKey HandoffQueue => $"{Prefix}:handoff";

    public RedisKey Lease(string stream, int partition) => $"{Prefix}:lease:{stream}:{partition}";

    // Delivery log: our message id's own slot; the provider's id has another.
    public RedisKey Delivery(string outboundMessageId) => $"{Prefix}:{{out:{outboundMessageId}}}:delivery";

    public RedisKey DeliveryByProviderId(string providerMessageId) => $"{ProviderRoot(providerMessageId)}:delivery-id";

    /// <summary>A status report that arrived before we recorded the provider's id (or for an id we never sent).</summary>
    public RedisKey EarlyStatus(string providerMessageId) => $"{ProviderRoot(providerMessageId)}:early-status";

    // Operator accounts: one slot for all of them (a few dozen), so creating an account and indexing it is one script.

    /// <summary>An operator account (a hash), by its normalised user name.</summary>
    public RedisKey OperatorAccount(string userName) => $"{AccountsRoot}:account:{userName}";

    /// <summary>Every operator account's user name, by creation time.</summary>
    public RedisKey OperatorAccountIndex => $"{AccountsRoot}:accounts";

    /// <summary>Bot Builder style storage items.</summary>
    public RedisKey Storage(string key) => $"{Prefix}:storage:{key}";

    /// <summary>ASP.NET Core Data Protection's key ring (one list): every instance decrypts every instance's sign-in cookie.</summary>
    public RedisKey DataProtectionKeys => $"{Prefix}:data-protection-keys";

    private string PartitionRoot(int partition) => $"{Prefix}:{{{PartitionTag(partition)}}}";

    private string Conversation(string conversationId) => $"{PartitionRoot(PartitionOf(conversationId))}:conv:{conversationId}";

    private string ServiceRoot(string service) => $"{Prefix}:{{svc:{service}}}";

    private string AccountsRoot => $"{Prefix}:{{accounts}}";

    private string ProviderRoot(string providerMessageId) => $"{Prefix}:{{sid:{providerMessageId}}}";

    // ---- scale-out: instance registry and shared send rate (RedisInstanceRegistry, RedisSendRateGate) ----

    /// <summary>Live worker instances: a sorted set, member = instance id, score = unix ms until which it counts as alive.</summary>
    public RedisKey LiveInstances => $"{Prefix}:{{instances}}:live";

    /// <summary>The send permits of the last second, shared by all instances: a sorted set scored by the grant time (µs).</summary>
    public RedisKey SendRateWindow => $"{Prefix}:{{send-rate}}:window";

    // ---- end scale-out ----

    // ---- operations: audit log, console events, case directory, case notes (Chatbot.Redis/Operations) ----

    /// <summary>The audit log: one append-only stream (never trimmed), ids in time order, read by time range.</summary>
    public RedisKey AuditLog => $"{Prefix}:{{audit}}:log";

    /// <summary>The pub/sub channel of the office's consoles (this prefix is the office): every instance publishes and listens here.</summary>
    public RedisChannel ConsoleEvents => RedisChannel.Literal($"{Prefix}:console-events");

    /// <summary>Pattern of every <see cref="CaseCodeIndex"/> key: the case directory scans it (one key per case, any slot).</summary>
    public RedisValue CaseCodeIndexPattern => $"{GlobEscaped(Prefix)}:casecode:*";

    /// <summary>The code of a <see cref="CaseCodeIndex"/> key found by a scan; null when the key is not one.</summary>
    public string? CodeOfCaseCodeIndex(RedisKey key)
    {
        var text = (string?)key;
        var start = $"{Prefix}:casecode:";
        return text is not null && text.StartsWith(start, StringComparison.Ordinal) ? text[start.Length..] : null;
    }

    /// <summary>Operators' private notes on a case: a list of JSON entries, oldest first.</summary>
    public RedisKey CaseNotes(string code) => $"{Prefix}:casenotes:{code}";

    private static string GlobEscaped(string text) =>
        string.Concat(text.Select(c => c is '*' or '?' or '[' or ']' or '\\' ? "\\" + c : c.ToString()));

    // ---- end operations ----

    // ---- routing: work items, offers, operators' presence and load, routing events (Chatbot.Redis/Routing) ----
    // The whole routing state of the office shares one hash tag, so that one script checks the operator and the item
    // and records the offer or the assignment in one atomic step. One slot is plenty at an office's scale (tens of
    // operators, at most a few thousand items waiting, a few routing steps a second), and the rest of the product
    // (conversations, streams, cases) still spreads over the shards.

    /// <summary>Routed work items: a hash, item key ("case:ABC234", "conv:…") → the item's state (json).</summary>
    public RedisKey RoutingItems => $"{RoutingRoot}:items";

    /// <summary>Operators as routing sees them: a hash, user name → presence, skills, capacity, load, pending offer (json).</summary>
    public RedisKey RoutingOperators => $"{RoutingRoot}:operators";

    /// <summary>Items waiting to be offered: a sorted set scored by priority, then waiting time.</summary>
    public RedisKey RoutingWaiting => $"{RoutingRoot}:waiting";

    /// <summary>Pending offers: a sorted set, item key → deadline (unix ms).</summary>
    public RedisKey RoutingOffers => $"{RoutingRoot}:offers";

    /// <summary>Who is not offered which item again for a while: a sorted set, "item key|user" → until (unix ms).</summary>
    public RedisKey RoutingCooldowns => $"{RoutingRoot}:cooldowns";

    /// <summary>The routing record for supervisors (offers, expiries, breaches, escalations): a capped stream.</summary>
    public RedisKey RoutingEvents => $"{RoutingRoot}:events";

    /// <summary>Counts against each operator: a hash, "missed:user" / "breach:user" → count.</summary>
    public RedisKey RoutingTallies => $"{RoutingRoot}:tallies";

    private string RoutingRoot => $"{Prefix}:{{routing}}";

    // ---- end routing ----

    // ---- ikd: activation sessions, bookings, group bookings, reminders, stats, institutions (Chatbot.Redis/Activation) ----
    // Every IKD key shares the {ikd} hash tag: one script takes a seat at a session, indexes the NIK, counts the group's
    // claim and writes the reminders in one atomic step, and cancelling a session frees all its bookings and groups in
    // one step. That is one slot per office deployment (this prefix is the office): a few thousand bookings a month.
    // The records live in a few hashes (sessions, bookings, groups) that every script gets in KEYS, so a script may
    // touch any record named by stored data; personal data (bookings, group rosters) leave them at their expiry
    // (IkdExpiry). Index keys built from an argument (a phone, a session, a day) come as extra KEYS.

    /// <summary>Sessions: a hash, session id → record (json, seats taken and status kept by the scripts).</summary>
    public RedisKey IkdSessions => $"{IkdRoot}:sessions";

    /// <summary>Session ids by start time (unix ms): a sorted set.</summary>
    public RedisKey IkdSessionsByStart => $"{IkdRoot}:sessions-by-start";

    /// <summary>Bookings: a hash, booking code → record (json with the full NIK, name and phone; expires, see <see cref="IkdExpiry"/>).</summary>
    public RedisKey IkdBookings => $"{IkdRoot}:bookings";

    /// <summary>Group bookings: a hash, invitation code → record (json with the roster; expires like bookings).</summary>
    public RedisKey IkdGroups => $"{IkdRoot}:groups";

    /// <summary>The one active booking of each NIK: a hash, NIK → booking code.</summary>
    public RedisKey IkdActiveNiks => $"{IkdRoot}:active-nik";

    /// <summary>Reminders: a sorted set, "code|kind" → when it is next visible to a worker (unix ms; due time, or end of a claim).</summary>
    public RedisKey IkdReminders => $"{IkdRoot}:reminders";

    /// <summary>Each reminder's own due time: a hash, "code|kind" → unix ms (what a completion is compared with).</summary>
    public RedisKey IkdReminderDue => $"{IkdRoot}:reminder-due";

    /// <summary>When personal data go: a sorted set, "b:code" (booking) / "g:code" (group) → unix ms; the scripts delete what is due.</summary>
    public RedisKey IkdExpiry => $"{IkdRoot}:expiry";

    /// <summary>A counter that orders bookings within a session and a group.</summary>
    public RedisKey IkdSequence => $"{IkdRoot}:sequence";

    /// <summary>Codes of the bookings at a session: a sorted set in booking order (members of expired bookings are pruned on read).</summary>
    public RedisKey IkdSessionBookings(string sessionId) => $"{IkdRoot}:session-bookings:{sessionId}";

    /// <summary>Invitation codes of the group bookings for a session: a set.</summary>
    public RedisKey IkdSessionGroups(string sessionId) => $"{IkdRoot}:session-groups:{sessionId}";

    /// <summary>Codes of the bookings made from a WhatsApp number: a sorted set by booking time; expires with its last booking.</summary>
    public RedisKey IkdPhoneBookings(string phone) => $"{IkdRoot}:phone-bookings:{phone}";

    /// <summary>Codes of the bookings claimed from a group: a sorted set in claim order.</summary>
    public RedisKey IkdGroupClaims(string invitationCode) => $"{IkdRoot}:group-claims:{invitationCode}";

    /// <summary>Every group booking's invitation code by creation time (unix ms).</summary>
    public RedisKey IkdAllGroups => $"{IkdRoot}:groups-by-time";

    /// <summary>One institution's group bookings by creation time (unix ms).</summary>
    public RedisKey IkdInstitutionGroups(string institutionId) => $"{IkdRoot}:institution-groups:{institutionId}";

    /// <summary>Outcomes of one day (office date): a hash, "area|Activated" / "area|Failed" / "area|NoShow" → count.</summary>
    public RedisKey IkdStatsDay(DateOnly day) => $"{IkdRoot}:stats-day:{day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The days that have outcomes: a sorted set, "yyyy-MM-dd" → day number.</summary>
    public RedisKey IkdStatsDays => $"{IkdRoot}:stats-days";

    /// <summary>Activations per area since the start: a hash, area id → count.</summary>
    public RedisKey IkdActivatedTotals => $"{IkdRoot}:activated-totals";

    /// <summary>Institutions: a hash, id → name.</summary>
    public RedisKey IkdInstitutions => $"{IkdRoot}:institutions";

    private string IkdRoot => $"{Prefix}:{{ikd}}";

    // ---- end ikd ----
}
