namespace OrgGrains.Api.Tests.Authorization;

/// <summary>authorization-matrix.txt: one row per field, one column per caller, + or -.</summary>
internal static class MatrixTable
{
    public static readonly string[] Columns = ["anonymous", "reader", "contributor", "elsewhere", "integration", "steering", "admin"];

    public static Dictionary<string, bool[]> Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Authorization", "authorization-matrix.txt");
        var rows = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(cells.Length == Columns.Length + 1 && cells.Skip(1).All(c => c is "+" or "-"), $"Malformed row in {path}: '{line}'");
            Assert.True(rows.TryAdd(cells[0], [.. cells.Skip(1).Select(c => c == "+")]), $"Row {cells[0]} appears twice in {path}.");
        }

        return rows;
    }
}
