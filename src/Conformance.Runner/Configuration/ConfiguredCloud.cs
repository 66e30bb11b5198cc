using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Configuration;

/// <summary>The cloud as the options describe it: the settings the client library runs with, and what only the reports need.</summary>
public sealed record ConfiguredCloud(SuiteSettings Settings, CloudReport Report);
