using Conformance.ImagesApi.Recording;

namespace Conformance.Runner.Profile;

/// <summary>A transfer or operation that did not do what it must (incomplete, wrong bytes, an error answer), with the exchange that shows it.</summary>
public sealed record ProfileFinding(string What, HttpExchange? Exchange)
{
    public string Describe() => Exchange is null ? What
        : $"{What} ({Exchange.Method} {Exchange.Url} -> {(Exchange.Status == 0 ? Exchange.TransportError ?? "no answer" : "HTTP " + Exchange.Status)}"
          + (Exchange.RequestId is null ? ")" : $", request {Exchange.RequestId})");
}
