using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.6.1 Values of Correct Type, with §5.6.2 Input Object Field Names, §5.6.4 Input Object Required
/// Fields and the <c>@oneOf</c> rule of §3.10.1: every literal can be coerced to the type expected
/// where it is written. Scalars and enums judge their own literals (their parse-literal coercion).
/// </summary>
public sealed class ValuesOfCorrectTypeRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.ValuesOfCorrectType;

    public override VisitAction EnterListValue(ListValueNode node, ValidationContext context)
    {
        // Type information has already stepped into the list's item type: look at the enclosing type.
        var type = context.ParentInputType is { } parentType ? TypePredicates.GetNullableType(parentType) : null;
        if (type is not ListType)
        {
            IsValidValueNode(context, node);
            return VisitAction.SkipChildren;
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterObjectValue(ObjectValueNode node, ValidationContext context)
    {
        if (context.InputType is not { } inputType || TypePredicates.GetNamedType(inputType) is not InputObjectType type)
        {
            IsValidValueNode(context, node);
            return VisitAction.SkipChildren;
        }

        foreach (var fieldDef in type.Fields)
        {
            if (TypePredicates.IsRequiredArgument(fieldDef) && !HasField(node, fieldDef.Name))
            {
                context.ReportError($"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", node, Spec.InputObjectRequiredFields);
            }
        }

        if (type.IsOneOf)
        {
            ValidateOneOfInputObject(context, node, type);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterObjectField(ObjectFieldNode node, ValidationContext context)
    {
        if (context.InputType is null &&
            context.ParentInputType is { } parentInputType &&
            TypePredicates.GetNamedType(parentInputType) is InputObjectType parentType)
        {
            context.ReportError(
                $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." +
                DidYouMean.For(SuggestionList.For(node.Name.Value, parentType.Fields.Select(static f => f.Name))),
                node,
                Spec.InputObjectFieldNames);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterNullValue(NullValueNode node, ValidationContext context)
    {
        if (context.InputType is NonNullType type)
        {
            context.ReportError($"Expected value of type \"{type}\", found null.", node);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterEnumValue(EnumValueNode node, ValidationContext context) => IsValidValueNode(context, node);

    public override VisitAction EnterIntValue(IntValueNode node, ValidationContext context) => IsValidValueNode(context, node);

    public override VisitAction EnterFloatValue(FloatValueNode node, ValidationContext context) => IsValidValueNode(context, node);

    public override VisitAction EnterStringValue(StringValueNode node, ValidationContext context) => IsValidValueNode(context, node);

    public override VisitAction EnterBooleanValue(BooleanValueNode node, ValidationContext context) => IsValidValueNode(context, node);

    private static VisitAction IsValidValueNode(ValidationContext context, ValueNode node)
    {
        // Errors are reported at the full type the position expects.
        if (context.InputType is not { } locationType)
        {
            return VisitAction.Continue;
        }

        switch (TypePredicates.GetNamedType(locationType))
        {
            case EnumType enumType:
                if (EnumLiteralError(enumType, node) is { } enumError)
                {
                    context.ReportError(enumError, node);
                }

                break;
            case ScalarType scalarType:
                try
                {
                    scalarType.ParseLiteral(node, null);
                }
                catch (GraphQLError error)
                {
                    context.ReportError(error, node);
                }
                catch (Exception error) when (error is not ValidationAbortedException)
                {
                    context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}", node);
                }

                break;
            default:
                context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
                break;
        }

        return VisitAction.Continue;
    }

    /// <summary>graphql-js's <c>GraphQLEnumType.parseLiteral</c> errors: a literal of an enum type is one of its value names.</summary>
    private static string? EnumLiteralError(EnumType type, ValueNode node)
    {
        if (node is not EnumValueNode enumValue)
        {
            var valueText = Printer.Print(node);
            return $"Enum \"{type.Name}\" cannot represent non-enum value: {valueText}." + DidYouMeanEnumValue(type, valueText);
        }

        if (type.Values[enumValue.Value] is null)
        {
            return $"Value \"{enumValue.Value}\" does not exist in \"{type.Name}\" enum." + DidYouMeanEnumValue(type, enumValue.Value);
        }

        return null;
    }

    private static string DidYouMeanEnumValue(EnumType type, string unknownValue) =>
        DidYouMean.For("the enum value", SuggestionList.For(unknownValue, type.Values.Select(static v => v.Name)));

    private static void ValidateOneOfInputObject(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        // graphql-js counts distinct field names, and for a repeated name looks at its last value.
        var fields = node.Fields;
        var key = fields.Count > 0 ? fields[0].Name.Value : null;
        foreach (var field in fields)
        {
            if (field.Name.Value != key)
            {
                key = null;
                break;
            }
        }

        if (key is null)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        if (fields[^1].Value is NullValueNode)
        {
            context.ReportError($"Field \"{type.Name}.{key}\" must be non-null.", node);
        }
    }

    private static bool HasField(ObjectValueNode node, string name)
    {
        foreach (var field in node.Fields)
        {
            if (field.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
