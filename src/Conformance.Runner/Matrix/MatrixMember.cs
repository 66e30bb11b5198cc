using Conformance.Runner.Results;

namespace Conformance.Runner.Matrix;

/// <summary>One row of the matrix: a deployment and the run of the whole suite against it.</summary>
public sealed record MatrixMember(MatrixDeployment Deployment, RunResult Run);
