using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Tests.Http;

public sealed class RouteMatcherTests
{
    [TestCase("/", Routes.Root)]
    [TestCase("/versions", Routes.Versions)]
    [TestCase("/v2/images", Routes.Images)]
    [TestCase("/v2/images?status=active&limit=2", Routes.Images)]
    [TestCase("/v2/images/c5efae25-532a-4fb1-bdea-9c31033cf7d8", Routes.Image)]
    [TestCase("/v2/images/c5efae25/file", Routes.ImageFile)]
    [TestCase("/v2/images/c5efae25/tags/a%2Fb%20c", Routes.ImageTag)]
    [TestCase("/v2/images/c5efae25/members", Routes.ImageMembers)]
    [TestCase("/v2/images/c5efae25/members/p2", Routes.ImageMember)]
    [TestCase("/v2/images/c5efae25/stage", Routes.ImageStage)]
    [TestCase("/v2/images/c5efae25/import", Routes.ImageImport)]
    [TestCase("/v2/images/c5efae25/actions/deactivate", Routes.ImageDeactivate)]
    [TestCase("/v2/images/c5efae25/actions/reactivate", Routes.ImageReactivate)]
    [TestCase("/v2/images/c5efae25/tasks", Routes.ImageTasks)]
    [TestCase("/v2/schemas/image", Routes.ImageSchema)]
    [TestCase("/v2/schemas/images", Routes.ImagesSchema)]
    [TestCase("/v2/schemas/metadefs/namespace", "/v2/schemas/metadefs/namespace")]
    [TestCase("/v2/info/import", Routes.InfoImport)]
    [TestCase("/v2/info/stores", Routes.InfoStores)]
    [TestCase("/v2/info/stores/detail", Routes.InfoStoresDetail)]
    [TestCase("/v2/info/usage", Routes.InfoUsage)]
    [TestCase("/v2/tasks", Routes.Tasks)]
    [TestCase("/v2/tasks/t1", Routes.Task)]
    [TestCase("/v2/stores/fast/c5efae25", Routes.StoreImage)]
    [TestCase("/v2/cache", Routes.Cache)]
    [TestCase("/v2/cache/c5efae25", Routes.CachedImage)]
    [TestCase("/v2/metadefs/namespaces", Routes.MetadefNamespaces)]
    [TestCase("/v2/metadefs/namespaces/OS::Compute", Routes.MetadefNamespace)]
    [TestCase("/v2/metadefs/namespaces/ns/objects/o", Routes.MetadefObject)]
    [TestCase("/v2/metadefs/namespaces/ns/properties/p", Routes.MetadefProperty)]
    [TestCase("/v2/metadefs/namespaces/ns/tags", Routes.MetadefTags)]
    [TestCase("/v2/metadefs/namespaces/ns/resource_types/OS::Glance::Image", Routes.MetadefNamespaceResourceType)]
    [TestCase("/v2/metadefs/resource_types", Routes.MetadefResourceTypes)]
    public void Match_KnownPath_NamesItsTemplate(string path, string template) =>
        RouteMatcher.ImagesApi.Match(path).Should().Be(template);

    [TestCase("/v2")]
    [TestCase("/v2/images/")]
    [TestCase("/v2/images//file")]
    [TestCase("/v2/images/x/file/extra")]
    [TestCase("/v2/schemas/nonsense")]
    [TestCase("/healthcheck")]
    public void Match_UnknownPath_IsNull(string path) =>
        RouteMatcher.ImagesApi.Match(path).Should().BeNull();

    [Test]
    public void OperationOf_LowerCaseMethod_IsNormalisedAndSpelledLikeApiRequest()
    {
        var operation = RouteMatcher.ImagesApi.OperationOf("delete", "/v2/images/abc");

        operation.Should().Be(new ApiOperation("DELETE", Routes.Image));
        operation.ToString().Should().Be(new ApiRequest("DELETE", Routes.Image).Operation);
    }

    [Test]
    public void OperationOf_UnknownPath_IsUnmatched() =>
        RouteMatcher.ImagesApi.OperationOf("GET", "/healthcheck").Route.Should().Be(RouteMatcher.Unmatched);

    [Test]
    public void Match_LiteralAndPlaceholderOfSameLength_PrefersTheLiteral()
    {
        var matcher = new RouteMatcher(["/v2/info/{what}/detail", "/v2/info/stores/detail"]);

        matcher.Match("/v2/info/stores/detail").Should().Be("/v2/info/stores/detail");
        matcher.Match("/v2/info/tasks/detail").Should().Be("/v2/info/{what}/detail");
    }

    [Test]
    public void ImagesApi_EveryRouteTemplate_MatchesItself()
    {
        foreach (var template in Routes.All)
        {
            RouteMatcher.ImagesApi.Match(template).Should().Be(template, "a template read as a path has one value per placeholder");
        }
    }
}
