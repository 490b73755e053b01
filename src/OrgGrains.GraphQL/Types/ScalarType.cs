using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Types;

/// <summary>
/// §3.5 A scalar type: a leaf value with its own input and result coercion. Subclass it (or use
/// <see cref="Create"/>) for a custom scalar; the default behaviour is graphql-js's for a custom
/// scalar declared only in SDL (values pass through unchanged, literals read as plain values).
/// </summary>
public class ScalarType : NamedType
{
    public ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>§3.13.4 The URL of the scalar's specification (<c>@specifiedBy(url:)</c>).</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>§3.5 Result coercion: the value to put in the response; throws <see cref="GraphQLError"/> when it cannot.</summary>
    public virtual object? Serialize(object value) => JsValues.Unwrap(value);

    /// <summary>§3.5 Input coercion of a variable value (already JSON-shaped); throws <see cref="GraphQLError"/> when invalid.</summary>
    public virtual object? ParseValue(object? value) => JsValues.Unwrap(value);

    /// <summary>§3.5 Input coercion of a literal in the document; throws <see cref="GraphQLError"/> when invalid.</summary>
    public virtual object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        ValueFromAst.Untyped(node, variables);

    /// <summary>A custom scalar from delegates; any delegate left null keeps the default behaviour.</summary>
    public static ScalarType Create(
        string name,
        Func<object, object?>? serialize = null,
        Func<object?, object?>? parseValue = null,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral = null,
        string? description = null,
        string? specifiedByUrl = null) =>
        new DelegateScalarType(name, description, specifiedByUrl, serialize, parseValue, parseLiteral);

    /// <summary>A copy of this scalar under the SDL's description and @specifiedBy (the C# behaviour is kept).</summary>
    internal virtual ScalarType WithSdl(string? description, string? specifiedByUrl) =>
        new DelegateScalarType(Name, description ?? Description, specifiedByUrl ?? SpecifiedByUrl, Serialize, ParseValue, ParseLiteral);

    private sealed class DelegateScalarType(
        string name,
        string? description,
        string? specifiedByUrl,
        Func<object, object?>? serialize,
        Func<object?, object?>? parseValue,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral)
        : ScalarType(name, description, specifiedByUrl)
    {
        public override object? Serialize(object value) => serialize is null ? base.Serialize(value) : serialize(value);

        public override object? ParseValue(object? value) => parseValue is null ? base.ParseValue(value) : parseValue(value);

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
            parseLiteral is null ? base.ParseLiteral(node, variables) : parseLiteral(node, variables);
    }
}
