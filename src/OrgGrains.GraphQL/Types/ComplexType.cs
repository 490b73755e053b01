using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Types;

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    public NamedCollection<FieldDefinition> Fields { get; internal set; } = NamedCollection<FieldDefinition>.Empty;

    /// <summary>§3.6.3 / §3.7.2 The interfaces this type implements (interfaces may implement interfaces).</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    public FieldDefinition? GetField(string name) => Fields[name];

    public bool Implements(InterfaceType iface)
    {
        foreach (var i in Interfaces)
        {
            if (ReferenceEquals(i, iface))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>§3.6 An object type: the only kind of type a value is actually of at run time.</summary>
public sealed class ObjectType(string name, string? description = null) : ComplexType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional check used to resolve abstract types when no type resolver is bound.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}

/// <summary>§3.7 An interface type; its concrete type is found by its <see cref="ResolveType"/>.</summary>
public sealed class InterfaceType(string name, string? description = null) : ComplexType(name, description)
{
    public override TypeKind Kind => TypeKind.Interface;

    public TypeResolver? ResolveType { get; internal set; }
}

/// <summary>§3.8 A union of object types.</summary>
public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    public TypeResolver? ResolveType { get; internal set; }
}

/// <summary>§3.9 An enum type: a closed set of named values.</summary>
public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private Dictionary<object, EnumValueDefinition>? _byValue;

    public override TypeKind Kind => TypeKind.Enum;

    public NamedCollection<EnumValueDefinition> Values { get; internal set; } = NamedCollection<EnumValueDefinition>.Empty;

    /// <summary>The enum value whose internal value is <paramref name="value"/> (by default its name).</summary>
    public EnumValueDefinition? GetValueByInternal(object value)
    {
        _byValue ??= BuildByValue();
        return _byValue.GetValueOrDefault(value);
    }

    /// <summary>§3.9 Result coercion: the name of the enum value whose internal value is <paramref name="value"/>.</summary>
    public string Serialize(object value)
    {
        var v = Utilities.JsValues.Unwrap(value) ?? value;
        return GetValueByInternal(v)?.Name
            ?? (v is Enum e ? FindByClrEnumName(e) : null)
            ?? throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Utilities.JsValues.Inspect(value)}");
    }

    /// <summary>§3.9 Input coercion of a variable value (the value's name as a string).</summary>
    public object ParseValue(object? input)
    {
        if (Utilities.JsValues.Unwrap(input) is not string name)
        {
            var shown = Utilities.JsValues.Inspect(input);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {shown}." + DidYouMean(shown));
        }

        return Values[name]?.Value ?? throw new GraphQLError($"Value \"{name}\" does not exist in \"{Name}\" enum." + DidYouMean(name));
    }

    /// <summary>§3.9 Input coercion of a literal: an enum value node naming one of the values.</summary>
    public object ParseLiteral(ValueNode node)
    {
        if (node is not EnumValueNode enumNode)
        {
            var shown = Printer.Print(node);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {shown}." + DidYouMean(shown));
        }

        return Values[enumNode.Value]?.Value ?? throw new GraphQLError($"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum." + DidYouMean(enumNode.Value));
    }

    /// <summary>graphql-js's didYouMeanEnumValue.</summary>
    private string DidYouMean(string unknown) =>
        Utilities.DidYouMean.For("the enum value", Utilities.SuggestionList.For(unknown, Values.Select(v => v.Name)));

    private string? FindByClrEnumName(Enum e)
    {
        var clrName = e.ToString();
        foreach (var v in Values)
        {
            if (string.Equals(v.Name.Replace("_", "", StringComparison.Ordinal), clrName, StringComparison.OrdinalIgnoreCase))
            {
                return v.Name;
            }
        }

        return null;
    }

    private Dictionary<object, EnumValueDefinition> BuildByValue()
    {
        var map = new Dictionary<object, EnumValueDefinition>();
        foreach (var v in Values)
        {
            map.TryAdd(v.Value, v);
        }

        return map;
    }
}

/// <summary>§3.9 One value of an enum type.</summary>
public sealed class EnumValueDefinition(string name, string? description, string? deprecationReason)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    /// <summary>The value resolvers see for it: its name unless the host bound another.</summary>
    public object Value { get; internal set; } = name;

    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; internal set; }

    public override string ToString() => Name;
}

/// <summary>§3.10 An input object type; with <c>@oneOf</c> exactly one field must be given (§3.10.1).</summary>
public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.InputObject;

    public NamedCollection<InputFieldDefinition> Fields { get; internal set; } = NamedCollection<InputFieldDefinition>.Empty;

    public bool IsOneOf { get; internal set; }
}
