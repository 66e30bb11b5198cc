using Conformance.Runner.Configuration;

namespace Conformance.Runner.Profile;

/// <summary>Turns the options into the plan: sizes parsed, and those above the cloud's size cap left out (and said so).</summary>
public static class ProfilePlanning
{
    public static ProfilePlan From(ProfileOptions options, long? sizeCap)
    {
        var sizes = options.Sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => ByteSizes.TryParse(s, out var bytes) ? bytes
                : throw new UsageException($"--sizes: '{s}' is not a size: pass e.g. --sizes 1MiB,64MiB,512MiB"))
            .Distinct().Order().ToList();
        if (sizes.Count == 0)
        {
            throw new UsageException("--sizes is empty: pass e.g. --sizes 1MiB,64MiB");
        }
        if (!ByteSizes.TryParse(options.ConcurrencySize, out var concurrencySize))
        {
            throw new UsageException($"--concurrency-size '{options.ConcurrencySize}' is not a size: pass e.g. --concurrency-size 64MiB");
        }
        var cap = sizeCap ?? long.MaxValue;
        var aboveCap = sizes.Where(s => s > cap)
            .Select(s => new NotMeasured(TransferProfile.UploadFigure(s), $"above the cloud's image size cap of {cap} bytes")).ToList();
        var allowed = sizes.Where(s => s <= cap).ToList();
        if (allowed.Count == 0)
        {
            throw new UsageException($"every size of --sizes is above the image size cap of {cap} bytes: pass smaller sizes");
        }
        return new ProfilePlan(allowed, options.Rounds, options.Concurrency, Math.Min(concurrencySize, cap)) { Excluded = aboveCap };
    }
}
