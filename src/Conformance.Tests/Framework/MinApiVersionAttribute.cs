namespace Conformance.Tests.Framework;

/// <summary>The lowest Images API version (e.g. <c>2.0</c>) that has the behaviour a test checks.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class MinApiVersionAttribute(string version) : PropertyAttribute(ConformanceProperties.MinApiVersion, version);
