namespace Conformance.Mutation;

/// <summary>
/// HTTP headers in the order they came, names compared without case. A header sent twice stays two
/// entries, so that what is forwarded is what was received unless a mutant says otherwise.
/// </summary>
public sealed class HeaderList
{
    private readonly List<KeyValuePair<string, string>> _entries = [];

    public HeaderList()
    {
    }

    public HeaderList(IEnumerable<KeyValuePair<string, string>> entries) => _entries.AddRange(entries);

    public IReadOnlyList<KeyValuePair<string, string>> Entries => _entries;

    /// <summary>The first value of <paramref name="name"/>, or null when absent.</summary>
    public string? Get(string name) =>
        _entries.Where(e => IsNamed(e, name)).Select(e => e.Value).FirstOrDefault();

    public bool Contains(string name) => _entries.Exists(e => IsNamed(e, name));

    public void Add(string name, string value) => _entries.Add(new(name, value));

    /// <summary>Removes every value of <paramref name="name"/>; says whether there was one.</summary>
    public bool Remove(string name) => _entries.RemoveAll(e => IsNamed(e, name)) > 0;

    /// <summary>Replaces every value of <paramref name="name"/> with one, kept where the first one was.</summary>
    public void Set(string name, string value)
    {
        var index = _entries.FindIndex(e => IsNamed(e, name));
        Remove(name);
        _entries.Insert(index < 0 ? _entries.Count : index, new(name, value));
    }

    private static bool IsNamed(KeyValuePair<string, string> entry, string name) =>
        string.Equals(entry.Key, name, StringComparison.OrdinalIgnoreCase);
}
