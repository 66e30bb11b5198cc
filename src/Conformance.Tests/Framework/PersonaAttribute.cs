namespace Conformance.Tests.Framework;

/// <summary>Who the test acts as; it is skipped with that reason where the persona is not configured.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class PersonaAttribute(Persona persona) : PropertyAttribute(ConformanceProperties.Persona, persona.ToString())
{
    public Persona Persona { get; } = persona;
}
