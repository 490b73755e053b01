using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.4.2.1 Required Arguments: every argument of non-null type without a default is given.
/// Checked on leaving the field or directive, so that errors inside it come first.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.RequiredArguments;

    public override void LeaveDirective(DirectiveNode node, ValidationContext context) =>
        ProvidedRequiredArgumentsOnDirectivesRule.CheckDirective(node, context);

    public override void LeaveField(FieldNode node, ValidationContext context)
    {
        if (context.FieldDef is not { } fieldDef)
        {
            return;
        }

        foreach (var argument in fieldDef.Arguments)
        {
            if (TypePredicates.IsRequiredArgument(argument) && !IsProvided(node.Arguments, argument.Name))
            {
                context.ReportError(
                    $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    node);
            }
        }
    }

    internal static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>§5.4.2.1 Required Arguments, for directives only (also used to check SDL documents).</summary>
public sealed class ProvidedRequiredArgumentsOnDirectivesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.RequiredArguments;

    public override void LeaveDirective(DirectiveNode node, ValidationContext context) => CheckDirective(node, context);

    internal static void CheckDirective(DirectiveNode node, ValidationContext context)
    {
        var directiveName = node.Name.Value;
        if (context.DocumentDirectives?.GetValueOrDefault(directiveName) is { } definition)
        {
            // graphql-js keys required arguments by name: a repeated name is checked once, with its last definition.
            var required = new Dictionary<string, InputValueDefinitionNode>(StringComparer.Ordinal);
            foreach (var argument in definition.Arguments)
            {
                if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                {
                    required[argument.Name.Value] = argument;
                }
            }

            foreach (var (name, argument) in required)
            {
                if (!ProvidedRequiredArgumentsRule.IsProvided(node.Arguments, name))
                {
                    Report(context, node, name, Printer.Print(argument.Type));
                }
            }
        }
        else if (DocumentDirectives.Defined(context, directiveName) is { } directive)
        {
            foreach (var argument in directive.Arguments)
            {
                if (TypePredicates.IsRequiredArgument(argument) && !ProvidedRequiredArgumentsRule.IsProvided(node.Arguments, argument.Name))
                {
                    Report(context, node, argument.Name, argument.Type.ToString());
                }
            }
        }
    }

    private static void Report(ValidationContext context, DirectiveNode node, string argumentName, string type) =>
        context.ReportError(
            $"Directive \"@{node.Name.Value}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.",
            node);
}
