using Conformance.ImagesApi.Recording;

namespace Conformance.ImagesApi.Http;

/// <summary>Checks a response body against the schemas that apply to its operation and status.</summary>
public interface IResponseValidator
{
    IReadOnlyList<SchemaViolation> Validate(string operation, int status, string? contentType, byte[] body, string? requestId);
}
