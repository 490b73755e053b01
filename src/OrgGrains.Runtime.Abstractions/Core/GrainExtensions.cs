namespace OrgGrains.Runtime;

public static class GrainExtensions
{
    public static string GetPrimaryKeyString(this Grain grain) => grain.GrainId.Key;

    public static Guid GetPrimaryKey(this Grain grain) => Guid.Parse(grain.GrainId.Key);
}
