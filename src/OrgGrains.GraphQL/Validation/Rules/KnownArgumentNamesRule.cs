using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.4.1 Argument Names: every argument given to a field or directive is defined by it.</summary>
public sealed class KnownArgumentNamesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.ArgumentNames;

    // The directive's arguments are checked here, so the field-argument check below must not see them.
    public override VisitAction EnterDirective(DirectiveNode node, ValidationContext context) =>
        KnownArgumentNamesOnDirectivesRule.CheckDirective(node, context);

    public override VisitAction EnterArgument(ArgumentNode node, ValidationContext context)
    {
        if (context.Argument is null && context.FieldDef is { } fieldDef && context.ParentType is { } parentType)
        {
            var argumentName = node.Name.Value;
            context.ReportError(
                $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." +
                DidYouMean.For(SuggestionList.For(argumentName, fieldDef.Arguments.Select(static a => a.Name))),
                node);
        }

        return VisitAction.Continue;
    }
}

/// <summary>§5.4.1 Argument Names, for directives only (also used to check SDL documents).</summary>
public sealed class KnownArgumentNamesOnDirectivesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.ArgumentNames;

    public override VisitAction EnterDirective(DirectiveNode node, ValidationContext context) => CheckDirective(node, context);

    internal static VisitAction CheckDirective(DirectiveNode node, ValidationContext context)
    {
        if (node.Arguments.Count == 0)
        {
            return VisitAction.SkipChildren;
        }

        var directiveName = node.Name.Value;
        IReadOnlyList<string>? knownArguments = null;
        if (context.DocumentDirectives?.GetValueOrDefault(directiveName) is { } definition)
        {
            knownArguments = definition.Arguments.Select(static a => a.Name.Value).Distinct().ToArray();
        }
        else if (DocumentDirectives.Defined(context, directiveName) is { } directive)
        {
            foreach (var argument in node.Arguments)
            {
                if (!directive.Arguments.Contains(argument.Name.Value))
                {
                    knownArguments = directive.Arguments.Select(static a => a.Name).ToArray();
                    break;
                }
            }

            if (knownArguments is null)
            {
                // Every argument is known: the common case, decided without allocating.
                return VisitAction.SkipChildren;
            }
        }
        else
        {
            return VisitAction.SkipChildren;
        }

        foreach (var argument in node.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (!knownArguments.Contains(argumentName))
            {
                context.ReportError(
                    $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + DidYouMean.For(SuggestionList.For(argumentName, knownArguments)),
                    argument);
            }
        }

        return VisitAction.SkipChildren;
    }
}
