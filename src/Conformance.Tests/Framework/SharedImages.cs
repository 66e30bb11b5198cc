using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Conformance.Tests.Framework;

/// <summary>
/// The images of a run that tests only read, one of each <see cref="SharedImageKind{T}"/>, made when the run starts
/// (<see cref="StartMaking"/>: the kinds its tests name) or else on first use, kinds concurrently, each kind once, with
/// the run tag like any test image. A kind whose making failed fails every test
/// that reads it, with the same reason; each reader's transcript holds the exchanges that made it. They are deleted
/// when the run's tests are done (<see cref="SharedImagesCleanup"/>), else by the run's leftover sweep (Ctrl-C).
/// </summary>
public sealed class SharedImages
{
    private static readonly ConditionalWeakTable<ConformanceSession, SharedImages> BySession = new();

    private readonly ConformanceSession _session;
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _made = new(StringComparer.Ordinal);
    private readonly CleanupStack _cleanup = new();
    private long _makingTicks;
    private long _deletingTicks;

    private SharedImages(ConformanceSession session) => _session = session;

    /// <summary>The shared images of <paramref name="session"/>'s run.</summary>
    public static SharedImages Of(ConformanceSession session) => BySession.GetValue(session, s => new SharedImages(s));

    /// <summary>The images of <paramref name="kind"/>, made now if no test asked before; <paramref name="testId"/>'s transcript gets their exchanges.</summary>
    public async Task<T> GetAsync<T>(SharedImageKind<T> kind, string testId, CancellationToken cancellationToken)
        where T : class
    {
        _session.Journal.Link(testId, JournalKey(kind.Name));
        // The first reader's token makes the kind: it is the run's interruption token, the same for every test.
        return (T)await Making(kind, cancellationToken);
    }

    /// <summary>
    /// Starts making <paramref name="kinds"/> (those whose persona the run has) without waiting: the run's first tests go
    /// on meanwhile. A kind whose making fails fails its readers when they ask, as if they had made it.
    /// </summary>
    public void StartMaking(IEnumerable<ISharedImageKind> kinds, CancellationToken cancellationToken)
    {
        foreach (var kind in kinds.Where(k => _session.Has(k.Persona)))
        {
            // Observed here so that a kind no test reads in the end (a reader skipped) is no unobserved failure.
            _ = Making(kind, cancellationToken).ContinueWith(t => t.Exception, TaskScheduler.Default);
        }
    }

    /// <summary>Deletes every shared image made so far, all at once (none depends on another); returns what could not be deleted.</summary>
    public async Task<IReadOnlyList<string>> DeleteAllAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var leftovers = await _cleanup.RunAllAtOnceAsync(cancellationToken);
        Interlocked.Add(ref _deletingTicks, clock.Elapsed.Ticks);
        return leftovers;
    }

    /// <summary>For the run's timings: the kinds made, the time their making took (summed: kinds may be made at once), and the time deleting them took.</summary>
    public (int Kinds, TimeSpan Making, TimeSpan Deleting) Timings =>
        (_made.Count, TimeSpan.FromTicks(Interlocked.Read(ref _makingTicks)), TimeSpan.FromTicks(Interlocked.Read(ref _deletingTicks)));

    /// <summary>Where the exchanges that made a kind are filed: apart from any test, linked into each reader's.</summary>
    public static string JournalKey(string kindName) => "shared-image:" + kindName;

    private Task<object> Making(ISharedImageKind kind, CancellationToken cancellationToken) =>
        _made.GetOrAdd(kind.Name, _ => new Lazy<Task<object>>(() => MakeAsync(kind, cancellationToken))).Value;

    private async Task<object> MakeAsync(ISharedImageKind kind, CancellationToken cancellationToken)
    {
        var images = new ImagesClient(_session.TransportFor(kind.Persona, JournalKey(kind.Name)));
        var testImages = new TestImages(images, _cleanup, _session.Settings.ResourceTag, "shared-" + kind.Name, TestFormats.For(_session.Features));
        var clock = Stopwatch.StartNew();
        try
        {
            return await kind.MakeAnyAsync(images, testImages, cancellationToken);
        }
        finally
        {
            Interlocked.Add(ref _makingTicks, clock.Elapsed.Ticks);
        }
    }
}
