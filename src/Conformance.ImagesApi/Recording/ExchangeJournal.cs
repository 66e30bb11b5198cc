using System.Collections.Concurrent;

namespace Conformance.ImagesApi.Recording;

/// <summary>
/// Every exchange of a run, filed under the test that made it, so that the runner can attach
/// a test's transcript to its result without the test having to hand it over.
/// </summary>
public sealed class ExchangeJournal
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<HttpExchange>> _byTest = new();

    public void Record(string testId, HttpExchange exchange) =>
        _byTest.GetOrAdd(testId, _ => new ConcurrentQueue<HttpExchange>()).Enqueue(exchange);

    public IReadOnlyList<HttpExchange> For(string testId) =>
        _byTest.TryGetValue(testId, out var queue) ? queue.ToArray() : [];

    public IEnumerable<HttpExchange> All => _byTest.Values.SelectMany(q => q);
}
