namespace Conformance.ImagesApi.Http;

/// <summary>No HTTP answer at all: a fault of the environment, not a verdict on conformance.</summary>
public sealed class EndpointUnreachableException(string message, Exception? inner) : Exception(message, inner);
