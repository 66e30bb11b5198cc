using System.Text.Json.Nodes;

namespace Conformance.Mutation;

/// <summary>
/// One change to a JSON document, aimed by a path of property names separated by <c>/</c>, where
/// <c>*</c> stands for every element of an array (<c>images/*/status</c>). Only a field that is there
/// is changed: a mutant breaks what the server sent, it does not invent new fields.
/// </summary>
public sealed class JsonEdit
{
    private readonly string[] _segments;
    private readonly bool _remove;
    private readonly JsonNode? _value;
    private readonly Func<JsonNode, JsonNode?, JsonNode?>? _rewrite;

    private JsonEdit(string path, bool remove, JsonNode? value, Func<JsonNode, JsonNode?, JsonNode?>? rewrite = null)
    {
        Path = path;
        _segments = path.Split('/');
        _remove = remove;
        _value = value;
        _rewrite = rewrite;
    }

    public string Path { get; }

    /// <summary>Removes the field at <paramref name="path"/>.</summary>
    public static JsonEdit Remove(string path) => new(path, remove: true, value: null);

    /// <summary>Sets the field at <paramref name="path"/> to <paramref name="value"/> (a JSON null when null).</summary>
    public static JsonEdit Set(string path, JsonNode? value) => new(path, remove: false, value);

    /// <summary>
    /// Sets the field at <paramref name="path"/> to what <paramref name="rewrite"/> makes of the whole
    /// document and the field's value (a list's <c>next</c> link rewritten from the page it is on).
    /// </summary>
    public static JsonEdit Rewrite(string path, Func<JsonNode, JsonNode?, JsonNode?> rewrite) =>
        new(path, remove: false, value: null, rewrite);

    /// <summary>Applies the edit in place; true when the document changed.</summary>
    public bool Apply(JsonNode root) => Apply(root, root, 0);

    public override string ToString() =>
        _remove ? $"remove {Path}" : _rewrite is not null ? $"rewrite {Path}" : $"set {Path} to {_value?.ToJsonString() ?? "null"}";

    private bool Apply(JsonNode root, JsonNode? node, int depth)
    {
        var segment = _segments[depth];
        var last = depth == _segments.Length - 1;
        if (segment == "*" && !last)
        {
            // Every element is visited even after one changed: the edit is meant for all of them.
            return node is JsonArray array && array.Aggregate(false, (changed, item) => Apply(root, item, depth + 1) | changed);
        }
        if (node is not JsonObject obj || !obj.TryGetPropertyValue(segment, out var child))
        {
            return false;
        }
        if (!last)
        {
            return Apply(root, child, depth + 1);
        }
        if (_remove)
        {
            return obj.Remove(segment);
        }
        var value = _rewrite is null ? _value : _rewrite(root, child);
        if (JsonNode.DeepEquals(child, value))
        {
            return false;
        }
        obj[segment] = value?.DeepClone();
        return true;
    }
}
