using System.Text;

namespace OrgGrains.GraphQL.Tests.Conformance.Generator;

/// <summary>
/// The generator's own description of a schema: enough to print SDL, to pick fields, arguments and
/// fragments that fit, and to fill root values. Kept apart from the engine's type system on purpose:
/// the cases must not depend on the code under test.
/// </summary>
internal enum TypeKind { Scalar, Object, Interface, Union, Enum, InputObject }

/// <summary>A type reference: a named type, or a list of <see cref="OfType"/>; either may be non-null.</summary>
internal sealed record TypeRef(string? Name, TypeRef? OfType, bool NonNull)
{
    public bool IsList => OfType is not null;

    public string NamedType => Name ?? OfType!.NamedType;

    public TypeRef Nullable => NonNull ? this with { NonNull = false } : this;

    /// <summary>Parses "[[Int!]]!"-style references.</summary>
    public static TypeRef Parse(string text)
    {
        var nonNull = text.EndsWith('!');
        var inner = nonNull ? text[..^1] : text;
        return inner.StartsWith('[')
            ? new TypeRef(null, Parse(inner[1..^1]), nonNull)
            : new TypeRef(inner, null, nonNull);
    }

    public override string ToString() =>
        (IsList ? $"[{OfType}]" : Name!) + (NonNull ? "!" : "");
}

internal sealed record ArgDef(string Name, TypeRef Type, string? DefaultValue = null)
{
    public bool IsRequired => Type.NonNull && DefaultValue is null;

    public override string ToString() => DefaultValue is null ? $"{Name}: {Type}" : $"{Name}: {Type} = {DefaultValue}";
}

internal sealed record FieldDef(string Name, TypeRef Type, IReadOnlyList<ArgDef> Args)
{
    public override string ToString() =>
        Args.Count == 0 ? $"{Name}: {Type}" : $"{Name}({string.Join(", ", Args)}): {Type}";
}

internal sealed class TypeDef(TypeKind kind, string name)
{
    public TypeKind Kind { get; } = kind;
    public string Name { get; } = name;
    public List<FieldDef> Fields { get; } = [];
    public List<string> Interfaces { get; } = [];
    public List<string> Members { get; } = [];
    public List<string> EnumValues { get; } = [];
    public List<ArgDef> InputFields { get; } = [];
    public bool IsOneOf { get; set; }

    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;
    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;
    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;
    public FieldDef? Field(string fieldName) => Fields.Find(f => f.Name == fieldName);
}

/// <summary>A custom executable directive the generated schema declares.</summary>
internal sealed record DirectiveDef(string Name, IReadOnlyList<ArgDef> Args, bool Repeatable, IReadOnlyList<string> Locations);

internal sealed class SchemaModel
{
    private static readonly string[] BuiltInScalars = ["Int", "Float", "String", "Boolean", "ID"];

    public SchemaModel(string name, string queryType, string? mutationType, IEnumerable<TypeDef> types, IEnumerable<DirectiveDef> directives)
    {
        Name = name;
        QueryType = queryType;
        MutationType = mutationType;
        foreach (var scalar in BuiltInScalars) Types[scalar] = new TypeDef(TypeKind.Scalar, scalar);
        foreach (var type in types) Types[type.Name] = type;
        Directives = directives.ToList();
        // The generator (response keys) and the mutator (argument types) look fields up by name alone.
        var clash = Types.Values.SelectMany(t => t.Fields).GroupBy(f => f.Name).FirstOrDefault(g => g.Select(f => f.ToString()).Distinct().Count() > 1);
        if (clash is not null) throw new InvalidOperationException($"Schema {name}: field {clash.Key} has more than one signature.");
        Sdl = PrintSdl();
        // Filled now, so the model is read-only once built and tests may share it across threads.
        foreach (var type in Types.Values)
        {
            PossibleTypes(type);
            ApplicableConditions(type);
        }
    }

    public string Name { get; }
    public string QueryType { get; }
    public string? MutationType { get; }
    public Dictionary<string, TypeDef> Types { get; } = new(StringComparer.Ordinal);
    public IReadOnlyList<DirectiveDef> Directives { get; }
    public string Sdl { get; }

    public TypeDef this[string name] => Types[name];

    private readonly Dictionary<string, IReadOnlyList<TypeDef>> possibleTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<TypeDef>> applicableConditions = new(StringComparer.Ordinal);

    /// <summary>Object types an abstract type may resolve to (for an object type: itself).</summary>
    public IReadOnlyList<TypeDef> PossibleTypes(TypeDef type)
    {
        if (!possibleTypes.TryGetValue(type.Name, out var types)) possibleTypes[type.Name] = types = ComputePossibleTypes(type);
        return types;
    }

    private IReadOnlyList<TypeDef> ComputePossibleTypes(TypeDef type) => type.Kind switch
    {
        TypeKind.Object => [type],
        TypeKind.Union => type.Members.Select(m => Types[m]).ToList(),
        TypeKind.Interface => Types.Values.Where(t => t.Kind == TypeKind.Object && t.Interfaces.Contains(type.Name)).ToList(),
        _ => [],
    };

    /// <summary>Whether a value of object type <paramref name="objectType"/> matches a fragment's type condition.</summary>
    public bool Satisfies(TypeDef objectType, TypeDef condition) =>
        condition.Name == objectType.Name || PossibleTypes(condition).Contains(objectType);

    /// <summary>Type conditions a fragment on a field of type <paramref name="parent"/> may use (spec §5.5.2.3).</summary>
    public IReadOnlyList<TypeDef> ApplicableConditions(TypeDef parent)
    {
        if (!applicableConditions.TryGetValue(parent.Name, out var conditions))
            applicableConditions[parent.Name] = conditions = ComputeApplicableConditions(parent);
        return conditions;
    }

    private IReadOnlyList<TypeDef> ComputeApplicableConditions(TypeDef parent)
    {
        var possible = PossibleTypes(parent);
        return Types.Values
            .Where(t => t.IsComposite && PossibleTypes(t).Any(possible.Contains))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    private string PrintSdl()
    {
        var sdl = new StringBuilder();
        sdl.Append("schema { query: ").Append(QueryType);
        if (MutationType is not null) sdl.Append(" mutation: ").Append(MutationType);
        sdl.Append(" }\n\n");
        foreach (var d in Directives)
        {
            sdl.Append("directive @").Append(d.Name);
            if (d.Args.Count > 0) sdl.Append('(').AppendJoin(", ", d.Args).Append(')');
            if (d.Repeatable) sdl.Append(" repeatable");
            sdl.Append(" on ").AppendJoin(" | ", d.Locations).Append('\n');
        }
        foreach (var t in Types.Values.Where(t => !BuiltInScalars.Contains(t.Name)))
        {
            sdl.Append('\n');
            switch (t.Kind)
            {
                case TypeKind.Scalar:
                    sdl.Append("scalar ").Append(t.Name).Append('\n');
                    break;
                case TypeKind.Enum:
                    sdl.Append("enum ").Append(t.Name).Append(" { ").AppendJoin(" ", t.EnumValues).Append(" }\n");
                    break;
                case TypeKind.Union:
                    sdl.Append("union ").Append(t.Name).Append(" = ").AppendJoin(" | ", t.Members).Append('\n');
                    break;
                case TypeKind.InputObject:
                    sdl.Append("input ").Append(t.Name).Append(t.IsOneOf ? " @oneOf" : "").Append(" {\n");
                    foreach (var f in t.InputFields) sdl.Append("  ").Append(f).Append('\n');
                    sdl.Append("}\n");
                    break;
                default:
                    sdl.Append(t.Kind == TypeKind.Object ? "type " : "interface ").Append(t.Name);
                    if (t.Interfaces.Count > 0) sdl.Append(" implements ").AppendJoin(" & ", t.Interfaces);
                    sdl.Append(" {\n");
                    foreach (var f in t.Fields) sdl.Append("  ").Append(f).Append('\n');
                    sdl.Append("}\n");
                    break;
            }
        }
        return sdl.ToString();
    }
}
