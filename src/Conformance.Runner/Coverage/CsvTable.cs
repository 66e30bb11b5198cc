using System.Text;

namespace Conformance.Runner.Coverage;

/// <summary>A small RFC 4180 reader for the reference tables: quoted fields may hold commas and doubled quotes.</summary>
public static class CsvTable
{
    /// <summary>The rows after the header, each as a map from column name to value.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = Split(lines[0]);
        return lines.Skip(1).Select(Split)
            .Select(fields => (IReadOnlyDictionary<string, string>)header.Select((name, i) => (name, value: i < fields.Count ? fields[i] : string.Empty))
                .ToDictionary(f => f.name, f => f.value))
            .ToList();
    }

    public static IReadOnlyList<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }
}
