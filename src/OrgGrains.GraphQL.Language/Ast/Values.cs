namespace OrgGrains.GraphQL.Language;

/// <summary>
/// Value[Const] (§2.10): Variable (not in constant values), IntValue, FloatValue, StringValue,
/// BooleanValue, NullValue, EnumValue, ListValue, ObjectValue.
/// </summary>
public abstract class ValueNode : AstNode
{
    private protected ValueNode()
    {
    }
}

/// <summary>Variable : $ Name (§2.11).</summary>
public sealed class VariableNode : ValueNode
{
    public override Kind Kind => Kind.Variable;

    public required NameNode Name { get; init; }
}

/// <summary>IntValue (§2.10.1); <see cref="Value"/> is the text as written, so no precision is lost.</summary>
public sealed class IntValueNode : ValueNode
{
    public override Kind Kind => Kind.IntValue;

    public required string Value { get; init; }
}

/// <summary>FloatValue (§2.10.2); <see cref="Value"/> is the text as written.</summary>
public sealed class FloatValueNode : ValueNode
{
    public override Kind Kind => Kind.FloatValue;

    public required string Value { get; init; }
}

/// <summary>StringValue (§2.10.4); <see cref="Value"/> is the string's value (escapes resolved, block strings dedented).</summary>
public sealed class StringValueNode : ValueNode
{
    public override Kind Kind => Kind.StringValue;

    public required string Value { get; init; }

    /// <summary>True when written as a block string (<c>"""…"""</c>).</summary>
    public bool Block { get; init; }
}

/// <summary>BooleanValue : one of true false (§2.10.3).</summary>
public sealed class BooleanValueNode : ValueNode
{
    public override Kind Kind => Kind.BooleanValue;

    public required bool Value { get; init; }
}

/// <summary>NullValue : null (§2.10.5).</summary>
public sealed class NullValueNode : ValueNode
{
    public override Kind Kind => Kind.NullValue;
}

/// <summary>EnumValue : Name but not true, false or null (§2.10.6).</summary>
public sealed class EnumValueNode : ValueNode
{
    public override Kind Kind => Kind.EnumValue;

    public required string Value { get; init; }
}

/// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ] (§2.10.7).</summary>
public sealed class ListValueNode : ValueNode
{
    public override Kind Kind => Kind.ListValue;

    public required IReadOnlyList<ValueNode> Values { get; init; }
}

/// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ } (§2.10.8).</summary>
public sealed class ObjectValueNode : ValueNode
{
    public override Kind Kind => Kind.ObjectValue;

    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

/// <summary>ObjectField[Const] : Name : Value[?Const] (§2.10.8).</summary>
public sealed class ObjectFieldNode : AstNode
{
    public override Kind Kind => Kind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
