namespace Conformance.ImagesApi.Http;

/// <summary>
/// The request timeout applied to a streamed transfer: to the answer, then to each chunk of data, so that a large
/// image may take as long as it needs while data keeps coming, and a transfer that stalls ends.
/// </summary>
internal sealed class TransferDeadline : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly TimeSpan? _limit;

    public TransferDeadline(TimeSpan? limit, CancellationToken cancellationToken)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _limit = limit;
        Restart();
    }

    public CancellationToken Token => _source.Token;

    public void Restart()
    {
        if (_limit is { } limit)
        {
            _source.CancelAfter(limit);
        }
    }

    public void Dispose() => _source.Dispose();
}
