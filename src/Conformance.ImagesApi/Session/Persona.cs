namespace Conformance.ImagesApi.Session;

/// <summary>Who a test acts as. A test whose persona is not configured is skipped with that reason.</summary>
public enum Persona
{
    /// <summary>A member of the primary project.</summary>
    Member,
    /// <summary>A member of a second project, for sharing and visibility checks.</summary>
    AltMember,
    /// <summary>A cloud administrator.</summary>
    Admin,
    /// <summary>A read-only user of the primary project.</summary>
    Reader,
    /// <summary>No credentials at all.</summary>
    Anonymous,
    /// <summary>A token that no identity service issued.</summary>
    InvalidToken,
}
