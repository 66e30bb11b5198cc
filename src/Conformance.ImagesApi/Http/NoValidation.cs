using Conformance.ImagesApi.Recording;

namespace Conformance.ImagesApi.Http;

/// <summary>Validates nothing: for capturing the schemas themselves.</summary>
public sealed class NoValidation : IResponseValidator
{
    public static NoValidation Instance { get; } = new();

    public IReadOnlyList<SchemaViolation> Validate(string operation, int status, string? contentType, byte[] body, string? requestId) => [];
}
