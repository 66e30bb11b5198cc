namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>One image that breaks (or strains) one rule: the image, the property and its value, and the rule in one sentence.</summary>
public sealed record ScsFinding(ScsFindingKind Kind, string ImageId, string ImageName, string Property, string? Value, string Rule)
{
    /// <summary>The image id of a finding about the set as a whole.</summary>
    public const string NoImage = "-";

    /// <summary>A finding about the image set as a whole (a missing standard image), not about one image.</summary>
    public static ScsFinding OfSet(ScsFindingKind kind, string property, string rule) => new(kind, NoImage, NoImage, property, null, rule);

    /// <summary>The finding as the reports carry it, under its testcase id as the rule id.</summary>
    public TestFinding For(string testcaseId) => new(testcaseId, Kind.ToString().ToLowerInvariant(),
        ImageId == NoImage ? null : ImageId, ImageId == NoImage ? null : ImageName, Property, Rule, Value);

    public override string ToString() =>
        (ImageId == NoImage ? string.Empty : $"image {ImageId} \"{ImageName}\": ")
        + $"{Property} = {(Value is null ? "(not set)" : $"\"{Value}\"")}: {Rule}";
}
