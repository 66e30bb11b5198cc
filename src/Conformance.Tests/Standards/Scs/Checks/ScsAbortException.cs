namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>Raised inside a check where the official Python code raises, so that the testcase ends in ABORT as there.</summary>
public sealed class ScsAbortException(string message) : Exception(message);
