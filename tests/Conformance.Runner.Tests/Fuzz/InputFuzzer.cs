using System.Text;

namespace Conformance.Runner.Tests.Fuzz;

/// <summary>
/// A seeded generator of bad files from a good one: truncated, with noise bytes, with values of the wrong
/// type, and very large or deeply nested. The same seed gives the same inputs, so a failure can be replayed.
/// </summary>
internal sealed class InputFuzzer(int seed)
{
    private readonly Random _random = new(seed);

    public const int Seed = 20261127;

    /// <summary><paramref name="count"/> malformed variants of a JSON document, each with what was done to it.</summary>
    public IEnumerable<FuzzCase> Json(string valid, int count)
    {
        foreach (var fixedCase in Fixed(valid))
        {
            yield return fixedCase;
        }
        for (var i = 0; i < count; i++)
        {
            yield return (i % 3) switch
            {
                0 => WrongType(valid),
                1 => Truncated(valid),
                _ => Noisy(valid, "{}[]\",:0-e.\\\u0000\u00ff\n"),
            };
        }
    }

    /// <summary>The same for YAML: truncation, noise among YAML's own indicators, and blown-up documents.</summary>
    public IEnumerable<FuzzCase> Yaml(string valid, int count)
    {
        yield return new FuzzCase("empty", string.Empty);
        yield return new FuzzCase("a scalar", "just words");
        yield return new FuzzCase("a list", "- a\n- b\n");
        yield return new FuzzCase("clouds is a list", "clouds:\n  - a\n  - b\n");
        yield return new FuzzCase("clouds is a scalar", "clouds: 5\n");
        yield return new FuzzCase("auth is a list", "clouds:\n  c:\n    auth: [1, 2]\n");
        yield return new FuzzCase("a cloud is null", "clouds:\n  c:\n");
        yield return new FuzzCase("binary", Encoding.Latin1.GetString(Bytes(4096)));
        yield return new FuzzCase("tabs for indentation", valid.Replace("  ", "\t", StringComparison.Ordinal));
        yield return new FuzzCase("unknown tag", "clouds: !python/object:os.system {}\n");
        yield return new FuzzCase("undefined alias", "clouds: *nowhere\n");
        yield return new FuzzCase("duplicate keys", "clouds:\n  c: {}\n  c: {}\n");
        yield return new FuzzCase("complex key", "clouds:\n  ? [a, b]\n  : {}\n");
        yield return new FuzzCase("deep nesting", "clouds: " + new string('[', 5000) + new string(']', 5000) + "\n");
        yield return new FuzzCase("alias bomb", AliasBomb());
        yield return new FuzzCase("very large", "clouds:\n  c:\n    auth:\n      password: " + new string('x', 8 * 1024 * 1024) + "\n");
        for (var i = 0; i < count; i++)
        {
            yield return i % 2 == 0 ? Truncated(valid) : Noisy(valid, ":-?[]{}&*!|>'\"%@`#,\t\n ");
        }
    }

    /// <summary>Any bytes at all, for files that are not meant to be text.</summary>
    public IEnumerable<FuzzCase> Text(string valid, int count)
    {
        yield return new FuzzCase("empty", string.Empty);
        yield return new FuzzCase("binary", Encoding.Latin1.GetString(Bytes(512)));
        for (var i = 0; i < count; i++)
        {
            yield return i % 2 == 0 ? Truncated(valid) : Noisy(valid, "0123456789abcdefXYZ +/=\n-");
        }
    }

    private IEnumerable<FuzzCase> Fixed(string valid)
    {
        yield return new FuzzCase("empty", string.Empty);
        yield return new FuzzCase("whitespace", "  \n\t ");
        yield return new FuzzCase("null", "null");
        yield return new FuzzCase("a number", "42");
        yield return new FuzzCase("a string", "\"guideline\"");
        yield return new FuzzCase("an array", "[]");
        yield return new FuzzCase("an empty object", "{}");
        yield return new FuzzCase("binary", Encoding.Latin1.GetString(Bytes(2048)));
        yield return new FuzzCase("UTF-16", Encoding.Unicode.GetString(Encoding.UTF8.GetBytes(valid)));
        yield return new FuzzCase("deep nesting", new string('[', 100_000) + new string(']', 100_000));
        yield return new FuzzCase("very large string", $$"""{"x": "{{new string('x', 16 * 1024 * 1024)}}"}""");
        yield return new FuzzCase("trailing garbage", valid + "}}}");
        yield return new FuzzCase("newlines in keys", valid.Replace("\"", "\"\\n", StringComparison.Ordinal));
    }

    private FuzzCase WrongType(string valid)
    {
        var root = JsonNode.Parse(valid)!;
        var nodes = All(root).Where(n => n.Parent is not null).ToList();
        var victim = nodes[_random.Next(nodes.Count)];
        var replacement = Replacement();
        var path = victim.GetPath();
        switch (victim.Parent)
        {
            case JsonObject parent:
                parent[victim.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[victim.GetElementIndex()] = replacement;
                break;
        }
        return new FuzzCase($"{path} := {replacement?.ToJsonString() ?? "null"}", root.ToJsonString());
    }

    private JsonNode? Replacement() => _random.Next(9) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(2) == 0),
        2 => JsonValue.Create(-_random.NextDouble() * 1e300),
        3 => JsonValue.Create(long.MaxValue),
        4 => new JsonArray(JsonValue.Create(1), null, new JsonObject()),
        5 => new JsonObject { ["unexpected"] = new JsonArray() },
        6 => JsonValue.Create(string.Empty),
        7 => JsonValue.Create("line one\nline two\r\u0000"),
        _ => JsonValue.Create(new string('z', 100_000)),
    };

    private FuzzCase Truncated(string valid)
    {
        var at = _random.Next(valid.Length);
        return new FuzzCase($"truncated at {at}", valid[..at]);
    }

    private FuzzCase Noisy(string valid, string alphabet)
    {
        var text = new StringBuilder(valid);
        var edits = 1 + _random.Next(4);
        for (var i = 0; i < edits; i++)
        {
            var at = _random.Next(text.Length);
            var c = alphabet[_random.Next(alphabet.Length)];
            if (_random.Next(2) == 0)
            {
                text[at] = c;
            }
            else
            {
                text.Insert(at, c);
            }
        }
        return new FuzzCase($"{edits} noise edit(s)", text.ToString());
    }

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Nine aliases of nine aliases of …: a few hundred bytes that expand to billions of nodes.</summary>
    private static string AliasBomb()
    {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < 10; level++)
        {
            text.Append($"a{level}: &a{level} [");
            text.Append(string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9)));
            text.Append("]\n");
        }
        text.Append("clouds:\n  c:\n    auth: *a9\n");
        return text.ToString();
    }

    private static IEnumerable<JsonNode> All(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(All))
        {
            yield return child;
        }
    }
}
