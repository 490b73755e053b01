using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// Refuses <c>__schema</c> and <c>__type</c> (every field returning <c>__Schema</c> or <c>__Type</c>, so nested
/// ones are reported too, as graphql-js does),
/// for servers that do not publish their schema (OWASP GraphQL Cheat Sheet: introspection off in
/// production). Not a rule of §5 and not run by default: graphql-js 16's
/// <c>NoSchemaIntrospectionCustomRule</c>, with its message. <c>__typename</c> stays allowed.
/// </summary>
public sealed class NoSchemaIntrospectionCustomRule : StatelessValidationRule
{
    /// <summary>§5 plus this rule.</summary>
    public static IReadOnlyList<IValidationRule> WithSpecifiedRules { get; } = [.. SpecifiedRules.All, new NoSchemaIntrospectionCustomRule()];

    public override string SpecifiedBy => Spec.Introspection;

    public override VisitAction EnterField(FieldNode node, ValidationContext context)
    {
        if (context.Type is { } type && TypePredicates.GetNamedType(type).Name is "__Schema" or "__Type")
        {
            context.ReportError($"GraphQL introspection has been disabled, but the requested query contained the field \"{node.Name.Value}\".", node);
        }

        return VisitAction.Continue;
    }
}
