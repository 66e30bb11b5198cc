namespace Conformance.ImagesApi.Http;

/// <summary>
/// Whether the endpoint answered lately, shared by every transport of a session: once a request got no
/// answer after all its attempts, later requests make one attempt only (a run against an endpoint that went
/// away ends quickly), until any request gets an answer again.
/// </summary>
public sealed class EndpointReachability
{
    private int _down;

    public bool IsDown => Volatile.Read(ref _down) == 1;

    public void Answered() => Volatile.Write(ref _down, 0);

    public void Unanswered() => Volatile.Write(ref _down, 1);
}
