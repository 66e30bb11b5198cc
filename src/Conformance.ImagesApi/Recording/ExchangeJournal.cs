using System.Collections.Concurrent;

namespace Conformance.ImagesApi.Recording;

/// <summary>
/// Every exchange of a run, filed under the test that made it, so that the runner can attach
/// a test's transcript to its result without the test having to hand it over. Exchanges that made
/// something several tests read (a shared image) are filed once under their own key and linked into
/// each reader's transcript: the reader's verdict rests on them too.
/// </summary>
public sealed class ExchangeJournal
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<HttpExchange>> _byTest = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _linked = new();

    /// <summary>Each exchange as it is recorded, for whoever paces the run by the cloud's answers.</summary>
    public event Action<HttpExchange>? Recorded;

    public void Record(string testId, HttpExchange exchange)
    {
        _byTest.GetOrAdd(testId, _ => new ConcurrentQueue<HttpExchange>()).Enqueue(exchange);
        Recorded?.Invoke(exchange);
    }

    /// <summary>Makes the exchanges filed under <paramref name="sharedKey"/> part of <paramref name="testId"/>'s transcript.</summary>
    public void Link(string testId, string sharedKey) =>
        _linked.GetOrAdd(testId, _ => new ConcurrentDictionary<string, byte>()).TryAdd(sharedKey, 0);

    /// <summary>The exchanges of what the test read from shared arrangements first, then its own.</summary>
    public IReadOnlyList<HttpExchange> For(string testId)
    {
        var shared = _linked.TryGetValue(testId, out var keys) ? keys.Keys.Order(StringComparer.Ordinal).SelectMany(Own) : [];
        return [.. shared, .. Own(testId)];
    }

    public IEnumerable<HttpExchange> All => _byTest.Values.SelectMany(q => q);

    private IEnumerable<HttpExchange> Own(string key) => _byTest.TryGetValue(key, out var queue) ? queue.ToArray() : [];
}
