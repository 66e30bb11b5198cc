using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Tests.Http;

public sealed class RetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly RetryPolicy Policy = new() { MaxAttempts = 4, FirstDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) };

    [Test]
    public void DelayAfter_TransientAnswers_DoublesFromTheFirstDelay() =>
        Enumerable.Range(1, 3).Select(a => Policy.DelayAfter("GET", a, 502, null, Now))
            .Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));

    [Test]
    public void DelayAfter_LastAttempt_IsNull() => Policy.DelayAfter("GET", 4, 503, null, Now).Should().BeNull();

    [TestCase("POST")]
    [TestCase("PATCH")]
    [TestCase("post")]
    public void DelayAfter_NonIdempotentMethod_IsNull(string method) => Policy.DelayAfter(method, 1, 0, null, Now).Should().BeNull();

    [TestCase(200)]
    [TestCase(400)]
    [TestCase(500)]
    [TestCase(501)]
    public void DelayAfter_NonTransientStatus_IsNull(int status) => Policy.DelayAfter("GET", 1, status, null, Now).Should().BeNull();

    [Test]
    public void DelayAfter_RetryAfterSeconds_IsHonouredAndCapped()
    {
        Policy.DelayAfter("GET", 1, 429, "7", Now).Should().Be(TimeSpan.FromSeconds(7));
        Policy.DelayAfter("GET", 1, 503, "86400", Now).Should().Be(TimeSpan.FromSeconds(30));
    }

    [Test]
    public void DelayAfter_RetryAfterOnAGatewayError_IsNotAskedFor() =>
        Policy.DelayAfter("GET", 1, 502, "20", Now).Should().Be(TimeSpan.FromSeconds(1), "Retry-After means something for 429 and 503");

    [TestCase("Fri, 27 Nov 2026 12:00:12 GMT", 12)]
    [TestCase("Fri, 27 Nov 2026 11:00:00 GMT", 0)]
    [TestCase(" 5 ", 5)]
    public void RetryAfter_SecondsOrHttpDate_IsParsed(string value, int seconds) =>
        RetryPolicy.RetryAfter(value, Now).Should().Be(TimeSpan.FromSeconds(seconds));

    [TestCase("")]
    [TestCase("soon")]
    [TestCase("-5")]
    [TestCase("1.5")]
    [TestCase("99999999999999")]
    public void RetryAfter_Garbage_IsIgnored(string value) => RetryPolicy.RetryAfter(value, Now).Should().BeNull();

    [Test]
    public void None_NeverRetries() => RetryPolicy.None.DelayAfter("GET", 1, 503, null, Now).Should().BeNull();
}
