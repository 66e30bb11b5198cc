using System.Text.Json.Nodes;

namespace Conformance.ImagesApi.Tests.Support;

/// <summary>Response bodies as a real Glance gave them, for the schema validators' tests.</summary>
internal static class CannedImage
{
    /// <summary>An image exactly as Glance 25.1.0 answered a show (captured with curl); a fresh copy per call.</summary>
    public static JsonObject Shown() => JsonNode.Parse("""
        {"name": "strictprobe", "disk_format": "raw", "container_format": "bare", "visibility": "shared", "size": 5,
         "virtual_size": 5, "status": "active", "checksum": "5d41402abc4b2a76b9719d911017c592", "protected": false,
         "min_ram": 0, "min_disk": 0, "owner": "p-test", "os_hidden": false, "os_hash_algo": "sha512",
         "os_hash_value": "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043",
         "id": "237d9edb-a22d-485b-a3e1-2d9fac1a98f2", "created_at": "2026-11-27T18:27:04Z", "updated_at": "2026-11-27T18:27:04Z",
         "tags": [], "self": "/v2/images/237d9edb-a22d-485b-a3e1-2d9fac1a98f2",
         "file": "/v2/images/237d9edb-a22d-485b-a3e1-2d9fac1a98f2/file", "schema": "/v2/schemas/image", "stores": "fast"}
        """)!.AsObject();
}
