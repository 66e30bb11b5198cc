namespace Conformance.ImagesApi.Tests.Support;

/// <summary>A request as <see cref="FakeUpstream"/> received it: method, raw target, headers and body.</summary>
internal sealed record ReceivedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body);
