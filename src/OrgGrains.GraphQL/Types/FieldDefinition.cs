using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Types;

/// <summary>§3.6 A field of an object or interface type, with the resolver bound to it when the schema was built.</summary>
public sealed class FieldDefinition
{
    internal FieldDefinition(string name, string? description, GraphQLType type, NamedCollection<ArgumentDefinition> arguments, string? deprecationReason)
    {
        Name = name;
        Description = description;
        Type = type;
        Arguments = arguments;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>The output type of the field.</summary>
    public GraphQLType Type { get; }

    public NamedCollection<ArgumentDefinition> Arguments { get; }

    /// <summary>§3.13.3 The reason given by <c>@deprecated</c>; null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public FieldDefinitionNode? AstNode { get; internal set; }

    /// <summary>The object or interface type declaring this field.</summary>
    public ComplexType DeclaringType { get; internal set; } = null!;

    /// <summary>Synchronous resolver; when neither resolver is bound the default resolver reads the parent.</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>Asynchronous resolver (used when <see cref="Resolver"/> is null).</summary>
    public AsyncFieldResolver? AsyncResolver { get; internal set; }

    /// <summary>§6.2.3.1 For a subscription root field: produces the source event stream.</summary>
    public SourceStreamResolver? Subscriber { get; internal set; }

    public override string ToString() => DeclaringType is null ? Name : DeclaringType.Name + "." + Name;
}

/// <summary>§3.6.1 An argument of a field or directive, or (<see cref="InputFieldDefinition"/>) a field of an input object.</summary>
public abstract class InputValueDefinition
{
    private protected InputValueDefinition(string name, string? description, GraphQLType type, ValueNode? defaultValueLiteral, string? deprecationReason)
    {
        Name = name;
        Description = description;
        Type = type;
        DefaultValueLiteral = defaultValueLiteral;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>The input type of the value.</summary>
    public GraphQLType Type { get; }

    /// <summary>The default value as written in SDL; null when there is none.</summary>
    public ValueNode? DefaultValueLiteral { get; }

    public bool HasDefaultValue => DefaultValueLiteral is not null;

    /// <summary>The default value coerced to <see cref="Type"/> (valid only when <see cref="HasDefaultValue"/>).</summary>
    public object? DefaultValue { get; internal set; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? AstNode { get; internal set; }

    /// <summary>The default value as introspection prints it, computed once.</summary>
    internal string? PrintedDefaultValue { get; set; }

    public override string ToString() => Name;
}

/// <summary>§3.6.1 An argument of a field or a directive.</summary>
public sealed class ArgumentDefinition(string name, string? description, GraphQLType type, ValueNode? defaultValueLiteral, string? deprecationReason)
    : InputValueDefinition(name, description, type, defaultValueLiteral, deprecationReason);

/// <summary>§3.10 A field of an input object type.</summary>
public sealed class InputFieldDefinition(string name, string? description, GraphQLType type, ValueNode? defaultValueLiteral, string? deprecationReason)
    : InputValueDefinition(name, description, type, defaultValueLiteral, deprecationReason);
