// The seat-booking benchmark (tests/bench/run-seats runs it on its own redis-server). Not part of the test suite.
//   dotnet Seats.dll <redis connection string> <fresh key prefix>
// Through the real stores (AddChatbotRedis: IActivationSessions, IActivationBookings, one multiplexer) it measures
//   1. uncontended booking: SEATS_SESSIONS (20) sessions x SEATS_PER_SESSION (1,000) seats, every seat a different NIK,
//      SEATS_CONCURRENCY (64) calls in flight;
//   2. contention: SEATS_CONTENDERS (1,000) bookings at once at one SEATS_CONTENDED (50)-seat session: exactly 50 Done;
//   3. SEATS_RESCHEDULES (5,000) reschedules and SEATS_CANCELS (5,000) cancels of the seats booked in 1;
//   4. Redis memory per booking (INFO used_memory, and MEMORY USAGE per kind of key) and where the personal data is;
//   5. Redis commands per call (INFO commandstats), and what one call costs while purge_expired has a backlog of
//      SEATS_PURGE_BACKLOG (5,000) expired bookings to delete (50 per call).
// Prints a Markdown report on stdout, progress on stderr; exits 1 when a check fails (the seats must add up).
using System.Diagnostics;
using Bench.Seats;
using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Redis;
using Chatbot.Redis.Activation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Seats <redis connection string> <fresh key prefix>");
    return 2;
}

static int Knob(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable("SEATS_" + name), out var value) && value > 0 ? value : fallback;

var sessionCount = Knob("SESSIONS", 20);
var seatsPerSession = Knob("SEATS_PER_SESSION", 1000);
var concurrency = Knob("CONCURRENCY", 64);
var contenders = Knob("CONTENDERS", 1000);
var contendedSeats = Knob("CONTENDED", 50);
var rescheduleCount = Knob("RESCHEDULES", 5000);
var cancelCount = Knob("CANCELS", 5000);
var purgeBacklog = Knob("PURGE_BACKLOG", 5000);
const int RetentionDays = 90;
const int PurgeLimit = 50; // ikd-lib.lua: purge_expired deletes at most 50 records a call
var bookingCount = sessionCount * seatsPerSession;
if (rescheduleCount + cancelCount > bookingCount) throw new ArgumentException("SEATS_RESCHEDULES + SEATS_CANCELS exceed the bookings.");

var (connectionString, prefix) = (args[0], args[1]);
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    // INFO and MEMORY USAGE are admin commands for StackExchange.Redis; the stores send the same commands either way.
    ["ConnectionStrings:Redis"] = connectionString + ",allowAdmin=true",
    ["Redis:KeyPrefix"] = prefix,
    ["Redis:Activation:RetentionDays"] = RetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
}).Build();
await using var services = new ServiceCollection().AddLogging().AddChatbotRedis(configuration).BuildServiceProvider();
var sessions = services.GetRequiredService<IActivationSessions>();
var bookings = services.GetRequiredService<IActivationBookings>();
var multiplexer = services.GetRequiredService<IConnectionMultiplexer>();
var database = multiplexer.GetDatabase();
var keys = services.GetRequiredService<RedisKeys>();
var stats = new RedisServerStats(multiplexer);
var root = ((string)keys.IkdBookings!)[..^"bookings".Length];
var failures = new List<string>();
void Check(bool ok, string what)
{
    if (ok) return;
    failures.Add(what);
    Console.Error.WriteLine($"FAIL: {what}");
}

var total = Stopwatch.StartNew();
await multiplexer.GetServers().Single().PingAsync();
Check(!await multiplexer.GetServers().Single().KeysAsync(pattern: prefix + ":*").AnyAsync(), $"key prefix {prefix} is not fresh");
if (failures.Count > 0) return 1;

var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
var citizens = new Citizens(now);
async Task<List<ActivationSession>> CreateSessionsAsync(int count, int seats, DateTimeOffset startsAt, DateTimeOffset endsAt)
{
    var created = Enumerable.Range(0, count).Select(_ => Citizens.Session(seats, startsAt, endsAt, now)).ToList();
    await Task.WhenAll(created.Select(s => sessions.CreateAsync(s)));
    return created;
}

var day = now.AddDays(7);
Console.Error.WriteLine($"== sessions: {sessionCount} x {seatsPerSession} seats, reschedule targets, one of {contendedSeats} seats");
var open = await CreateSessionsAsync(sessionCount, seatsPerSession, day, day.AddHours(3));
var targets = await CreateSessionsAsync((rescheduleCount + seatsPerSession - 1) / seatsPerSession, seatsPerSession, day.AddDays(1), day.AddDays(1).AddHours(3));
var contended = (await CreateSessionsAsync(1, contendedSeats, day.AddDays(2), day.AddDays(2).AddHours(3)))[0];
var spare = await CreateSessionsAsync(3, 1000, day.AddDays(3), day.AddDays(3).AddHours(3));

// A new booking's code (6 of 31 characters) may be one a kept booking has: the store refuses it and the caller makes
// another (the dialogs do not yet; the count is reported).
var codeCollisions = 0;
async Task<BookingOutcome> BookAsync(ActivationBooking draft, ActivationSession session, IActivationBookings? store = null, BookingCode[]? codes = null, int index = 0)
{
    while (true)
    {
        try
        {
            var outcome = (await (store ?? bookings).BookAsync(draft, Citizens.Reminders(session))).Outcome;
            if (codes is not null) codes[index] = draft.Code;
            return outcome;
        }
        catch (InvalidOperationException e) when (e.Message.Contains("is taken", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref codeCollisions);
            draft = draft with { Code = BookingCode.New() };
        }
    }
}

// Warm-up: JIT, the scripts cached in Redis, the connection; not reported.
// Booked in rounds of 2,000 for SEATS_WARMUP_SECONDS (3): the JIT's tiers take seconds, not a number of calls.
var warmSeconds = Knob("WARMUP_SECONDS", 3);
Console.Error.WriteLine($"== warm-up: {warmSeconds} s of bookings");
var warmCount = 0;
for (var warmClock = Stopwatch.StartNew(); warmClock.Elapsed.TotalSeconds < warmSeconds; warmCount += 2000)
{
    var warmSession = (await CreateSessionsAsync(1, 2000, day.AddDays(4), day.AddDays(4).AddHours(3)))[0];
    var warm = citizens.Take(2000);
    await Run.MeasureAsync("warm-up", 2000, concurrency, stats, i => BookAsync(citizens.Draft(warm + i, warmSession, now), warmSession));
}


// --- 1. uncontended booking ----------------------------------------------------------------------------------------
var memoryBefore = await stats.UsedMemoryAsync();
var kindsBefore = await stats.MemoryByKindAsync(root);
Console.Error.WriteLine($"== 1. {bookingCount:N0} bookings, concurrency {concurrency}");
var first = citizens.Take(bookingCount);
var codes = new BookingCode[bookingCount];
var book = await Run.MeasureAsync($"book, uncontended ({sessionCount} sessions x {seatsPerSession:N0} seats)", bookingCount, concurrency, stats, i =>
{
    var session = open[i % sessionCount];
    return BookAsync(citizens.Draft(first + i, session, now), session, codes: codes, index: i);
});
Check(book.Done == bookingCount, $"uncontended booking: {book.OutcomeSummary()} (expected {bookingCount:N0} Done)");
var memoryBooked = await stats.UsedMemoryAsync();
var kindsBooked = await stats.MemoryByKindAsync(root);
var sampleJson = (string?)await database.HashGetAsync(keys.IkdBookings, codes[0].Value);
var activeNiks = await database.HashLengthAsync(keys.IkdActiveNiks);

// --- 2. contention -------------------------------------------------------------------------------------------------
Console.Error.WriteLine($"== 2. {contenders:N0} bookings at once at one {contendedSeats}-seat session");
var crowd = citizens.Take(contenders);
var drafts = Enumerable.Range(0, contenders).Select(i => citizens.Draft(crowd + i, contended, now)).ToArray();
var contention = await Run.MeasureAsync($"book, contended ({contenders:N0} at once, {contendedSeats} seats)", contenders, contenders, stats, i => BookAsync(drafts[i], contended));
var taken = (await sessions.GetAsync(contended.Id))!.Taken;
var listed = (await bookings.ListForSessionAsync(contended.Id)).Count;
Check(
    contention.Done == contendedSeats && contention.Outcomes.Count(o => o == BookingOutcome.SessionFull) == contenders - contendedSeats
        && taken == contendedSeats && listed == contendedSeats,
    $"contention: {contention.OutcomeSummary()}, session taken {taken}, listed {listed} (expected exactly {contendedSeats} Done, the rest SessionFull)");

// --- 3. reschedule and cancel the seats booked in 1 ----------------------------------------------------------------
Console.Error.WriteLine($"== 3. {rescheduleCount:N0} reschedules, {cancelCount:N0} cancels, concurrency {concurrency}");
var reschedule = await Run.MeasureAsync($"reschedule (to {targets.Count} other sessions)", rescheduleCount, concurrency, stats, async i =>
{
    var target = targets[i % targets.Count];
    return (await bookings.RescheduleAsync(codes[i], target.Id, Citizens.Reminders(target), now)).Outcome;
});
Check(reschedule.Done == rescheduleCount, $"reschedule: {reschedule.OutcomeSummary()}");
var cancel = await Run.MeasureAsync("cancel", cancelCount, concurrency, stats, async i =>
    (await bookings.CancelAsync(codes[rescheduleCount + i], "citizen", null, now)).Outcome);
Check(cancel.Done == cancelCount, $"cancel: {cancel.OutcomeSummary()}");
var memoryCancelled = await stats.UsedMemoryAsync();

// --- 5. purge_expired with a backlog -------------------------------------------------------------------------------
// Bookings kept 0 days after a session that ends in a few seconds: once it has ended, every ikd script call deletes
// up to 50 of them (all bookings of one session expire at the same millisecond, as on the day 90 days after a busy one).
Console.Error.WriteLine($"== 5. purge_expired: {purgeBacklog:N0} bookings expiring together, then single calls");
var shortLived = new RedisActivationBookings(
    services.GetRequiredService<RedisContext>(), Options.Create(new ActivationStoreOptions { RetentionDays = 0 }));
var window = TimeSpan.FromSeconds(Math.Max(3, 3 * purgeBacklog / book.PerSecond));
var fillStart = DateTimeOffset.UtcNow;
var ending = await CreateSessionsAsync((purgeBacklog + 999) / 1000, 1000, fillStart.AddHours(-1), fillStart + window);
var backlogCitizens = citizens.Take(purgeBacklog);
var fill = await Run.MeasureAsync("backlog fill (not reported)", purgeBacklog, concurrency, stats, i =>
    BookAsync(citizens.Draft(backlogCitizens + i, ending[i % ending.Count], fillStart.AddHours(-2)), ending[i % ending.Count], shortLived));
Check(fill.Done == purgeBacklog && DateTimeOffset.UtcNow < fillStart + window, $"backlog fill: {fill.OutcomeSummary()} in {fill.Wall.TotalSeconds:N1} s (window {window.TotalSeconds:N1} s)");
var wait = fillStart + window + TimeSpan.FromMilliseconds(500) - DateTimeOffset.UtcNow;
if (wait > TimeSpan.Zero) await Task.Delay(wait);
Task<long> DueAsync() => database.SortedSetLengthAsync(keys.IkdExpiry, double.NegativeInfinity, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
var due = await DueAsync();
Check(due == purgeBacklog, $"purge backlog: {due} records due, expected {purgeBacklog}");
var purgeCalls = (int)((due + PurgeLimit - 1) / PurgeLimit);
var purgeCitizens = citizens.Take(purgeCalls * 2);
var purging = await Run.MeasureAsync($"book, one at a time, each purging {PurgeLimit} expired", purgeCalls, 1, stats, i =>
    BookAsync(citizens.Draft(purgeCitizens + i, spare[2], now), spare[2]));
var dueAfter = await DueAsync();
Check(dueAfter == 0, $"purge: {dueAfter} records still due after {purgeCalls} calls");
var leftover = (await Task.WhenAll(ending.Select(s => database.SortedSetLengthAsync(keys.IkdSessionBookings(s.Id))))).Sum();
var idle = await Run.MeasureAsync("book, one at a time, nothing due", purgeCalls, 1, stats, i =>
    BookAsync(citizens.Draft(purgeCitizens + purgeCalls + i, spare[2], now), spare[2]));
total.Stop();

// --- report --------------------------------------------------------------------------------------------------------
static string Ms(double ms) => ms.ToString(ms < 10 ? "N2" : "N1", System.Globalization.CultureInfo.InvariantCulture);
var runs = new[] { book, contention, reschedule, cancel, purging, idle };
Console.WriteLine("## Seat operations");
Console.WriteLine();
Console.WriteLine("| phase | calls | in flight | wall s | calls/s | p50 ms | p99 ms | max ms | outcomes | scripts/call | Redis commands in scripts/call | Redis µs/call | CPU s: tool / Redis |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
foreach (var (run, inFlight) in runs.Zip(new[] { concurrency, contenders, concurrency, concurrency, 1, 1 }))
{
    Console.WriteLine(
        $"| {run.Name} | {run.Count:N0} | {inFlight:N0} | {run.Wall.TotalSeconds:N2} | {run.PerSecond:N0} | {Ms(run.Percentile(50))} | {Ms(run.Percentile(99))} | "
        + $"{Ms(run.LatencyMs.Max())} | {run.OutcomeSummary()} | {run.Redis.ScriptsPerOp:N2} | {run.Redis.InnerPerOp:N1} | {run.Redis.ScriptUsecPerOp:N0} | {run.ClientCpu:N2} / {run.RedisCpu:N2} |");
}

Console.WriteLine();
Console.WriteLine("Commands run inside the scripts, per call (INFO commandstats deltas; `Redis µs/call` is the scripts' own time in Redis):");
Console.WriteLine();
var shown = new[] { book, reschedule, cancel, purging };
var names = shown.SelectMany(r => r.Redis.InnerCommands).Distinct().Order().ToList();
Console.WriteLine("| command | " + string.Join(" | ", shown.Select(r => r.Name)) + " |");
Console.WriteLine("| --- |" + string.Concat(shown.Select(_ => " ---: |")));
foreach (var name in names) Console.WriteLine($"| {name} | " + string.Join(" | ", shown.Select(r => r.Redis.PerOp(name).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))) + " |");
Console.WriteLine($"| scripts (EVAL/EVALSHA) | " + string.Join(" | ", shown.Select(r => r.Redis.ScriptsPerOp.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))) + " |");

Console.WriteLine();
Console.WriteLine("## Redis memory per booking");
Console.WriteLine();
var perBooking = (memoryBooked - memoryBefore) / (double)bookingCount;
Console.WriteLine($"- INFO used_memory: {memoryBefore:N0} before phase 1, {memoryBooked:N0} after its {bookingCount:N0} bookings: **{perBooking:N0} bytes per booking** "
    + $"({perBooking * 1_000_000 / 1048576:N0} MiB per million bookings).");
Console.WriteLine($"- After {rescheduleCount:N0} reschedules and {cancelCount:N0} cancels: {memoryCancelled - memoryBooked:+#,0;-#,0;0} bytes "
    + $"(a cancelled booking keeps its record, NIK, name and phone, until {RetentionDays} days after its session; only its active-NIK entry and reminders go).");
Console.WriteLine();
Console.WriteLine($"MEMORY USAGE (SAMPLES 0) of every key under `{root[(prefix.Length + 1)..]}`, growth over phase 1:");
Console.WriteLine();
Console.WriteLine("| kind of key | keys added | bytes added | bytes per booking |");
Console.WriteLine("| --- | ---: | ---: | ---: |");
var growth = kindsBooked
    .Select(k => (k.Kind, Keys: k.Keys - kindsBefore.Where(b => b.Kind == k.Kind).Sum(b => b.Keys), Bytes: k.Bytes - kindsBefore.Where(b => b.Kind == k.Kind).Sum(b => b.Bytes)))
    .Where(k => k.Bytes != 0)
    .OrderByDescending(k => k.Bytes)
    .ToList();
foreach (var (kind, added, bytes) in growth) Console.WriteLine($"| {kind} | {added:N0} | {bytes:N0} | {bytes / (double)bookingCount:N0} |");
Console.WriteLine($"| **sum** | {growth.Sum(g => g.Keys):N0} | {growth.Sum(g => g.Bytes):N0} | {growth.Sum(g => g.Bytes) / (double)bookingCount:N0} |");
Console.WriteLine();
var sampleNik = citizens.Nik(first);
var shownJson = (sampleJson ?? "(missing)").Replace(sampleNik.Value, sampleNik.Masked, StringComparison.Ordinal)
    .Replace(Citizens.Phone(first), Citizens.Phone(first)[..6] + "******" + Citizens.Phone(first)[^2..], StringComparison.Ordinal);
Console.WriteLine($"Personal data per active booking: the record in `bookings` ({sampleJson?.Length ?? 0} bytes of json: full NIK, name, phone; NIK and phone masked here),");
Console.WriteLine($"the NIK again as a field of `active-nik` ({activeNiks:N0} entries), and the phone in the *name* of its own `phone-bookings:<phone>` key");
Console.WriteLine("(one key per number, expiring with the booking's retention).");
Console.WriteLine();
Console.WriteLine("```json");
Console.WriteLine(shownJson);
Console.WriteLine("```");
Console.WriteLine();
Console.WriteLine("## purge_expired");
Console.WriteLine();
Console.WriteLine($"{purgeBacklog:N0} bookings expired at the same millisecond (as all bookings of one session do, {RetentionDays} days after it). "
    + $"The next {purgeCalls} script calls each deleted {PurgeLimit}: **{purging.Redis.ScriptUsecPerOp:N0} µs of Redis time per call** "
    + $"({purging.Redis.InnerPerOp:N0} commands inside) against {idle.Redis.ScriptUsecPerOp:N0} µs ({idle.Redis.InnerPerOp:N0} commands) with nothing due; "
    + $"p50 {Ms(purging.Percentile(50))} ms against {Ms(idle.Percentile(50))} ms, one call at a time. With nothing due it still costs every call a TIME and a ZRANGEBYSCORE "
    + $"({idle.Redis.UsecPerOp("time") + idle.Redis.UsecPerOp("zrangebyscore"):N1} µs of Redis time inside the call).");
Console.WriteLine();
Console.WriteLine($"After the purge the expired sessions' `session-bookings` indexes still hold **{leftover:N0}** codes with no record behind them: "
    + "nothing deletes these keys (nor the sessions); ikd-read.lua prunes one only when ListForSessionAsync reads it.");
Console.WriteLine();
Console.WriteLine($"Booking codes already taken by a kept booking (refused by ikd-book.lua, booked again with a new code): **{codeCollisions}** "
    + $"in {bookingCount + contenders + purgeBacklog + 2 * purgeCalls + warmCount:N0} bookings (31^6 = {Math.Pow(31, 6):N0} codes; "
    + "BookingDialog does not catch the InvalidOperationException).");
Console.WriteLine();
Console.WriteLine($"Total run time of the tool: {total.Elapsed.TotalSeconds:N0} s. Key prefix `{prefix}`, Redis:Activation:RetentionDays {RetentionDays}, "
    + $"one multiplexer (as the service), bookings made with NIK 367201 + birth date + serial, a distinct phone each, name \"Budi Santoso\", two reminders.");
if (failures.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine("## FAILED CHECKS");
    Console.WriteLine();
    foreach (var failure in failures) Console.WriteLine($"- {failure}");
    return 1;
}

return 0;
