namespace Conformance.Tests.Framework;

/// <summary>
/// Shared images that tests send changes a conforming cloud MUST refuse: on such a cloud they stay as made, like
/// <see cref="SharedImageKinds"/>; on a cloud that wrongly accepts one, only a cloud that already fails that reader
/// changes them. Kept apart from <see cref="SharedImageKinds"/> so that such a change never reaches the readers of
/// those. Each kind groups refusals that cannot turn one another: a wrongly accepted one leaves what the kind's other
/// readers are answered the same. A refusal whose acceptance would (a changed id, a delete, an upload or import that
/// moves the status, a create whose clean-up would delete the target) makes its own image instead.
/// </summary>
public static class RefusalTargets
{
    /// <summary>
    /// A queued image its readers send only JSON-patches the cloud MUST refuse, none on id or visibility, each on a
    /// property no other reader names: a wrongly accepted one leaves the others' answers the same.
    /// </summary>
    public static SharedImageKind<CreatedImage> RefusedPatches { get; } =
        new("refused-patches", Persona.Member, (_, images, ct) => images.CreateAsync(ct));

    /// <summary>
    /// A private queued image whose readers only list its members or add one, which the cloud MUST refuse: a private
    /// image has no members, and a wrongly added member does not change its visibility, which the refusals rest on.
    /// </summary>
    public static SharedImageKind<CreatedImage> PrivateMemberRefusals { get; } =
        new("private-member-refusals", Persona.Member, (_, images, ct) => images.CreateAsync(ct, r => r["visibility"] = "private"));
}
