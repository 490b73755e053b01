namespace OrgGrains.Model;

/// <summary>Orders units as their "Kind:Id" text orders ordinally, without building that text:
/// no kind's name is a prefix of another's, so comparing the names and then the ids is the same.</summary>
internal sealed class UnitOrder : IComparer<UnitRef>
{
    public static readonly UnitOrder Instance = new();

    private static readonly string[] KindNames = Enum.GetNames<UnitKind>();

    public int Compare(UnitRef x, UnitRef y)
    {
        if (x.Kind != y.Kind)
            return string.CompareOrdinal(KindNames[(int)x.Kind], KindNames[(int)y.Kind]);
        return string.CompareOrdinal(x.Id, y.Id);
    }
}
