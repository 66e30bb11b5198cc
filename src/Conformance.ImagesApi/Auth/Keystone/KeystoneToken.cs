namespace Conformance.ImagesApi.Auth.Keystone;

/// <summary>An issued token: its value (a secret), when it expires, whom and what project it is for, and the catalog.</summary>
public sealed record KeystoneToken(
    string Value,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    string? UserName,
    string? ProjectId,
    string? ProjectName,
    IReadOnlyList<string> Roles,
    ServiceCatalog Catalog)
{
    /// <summary>Re-issue this long before expiry: five minutes, or a quarter of the lifetime when that is shorter.</summary>
    public DateTimeOffset RenewAt
    {
        get
        {
            var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, (ExpiresAt - IssuedAt).Ticks / 4));
            return ExpiresAt - margin;
        }
    }
}
