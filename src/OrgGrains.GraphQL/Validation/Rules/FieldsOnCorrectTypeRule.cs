using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.3.1 Field Selections: a selected field is defined on the type it is selected on. The error
/// suggests, as graphql-js does, the types to use an inline fragment on, or else similar field names.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.FieldSelections;

    public override VisitAction EnterField(FieldNode node, ValidationContext context)
    {
        if (context.ParentType is not { } type || context.FieldDef is not null)
        {
            return VisitAction.Continue;
        }

        var fieldName = node.Name.Value;

        // First, types to condition on; if there are none, perhaps the field name is a typo.
        var suggestion = DidYouMean.For("to use an inline fragment on", GetSuggestedTypeNames(context.Schema, type, fieldName));
        if (suggestion.Length == 0)
        {
            suggestion = DidYouMean.For(GetSuggestedFieldNames(type, fieldName));
        }

        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
        return VisitAction.Continue;
    }

    /// <summary>
    /// The possible types of an abstract type, and the interfaces they implement, that define the
    /// field: the most used first, then interfaces before the types implementing them, then by name.
    /// </summary>
    private static IReadOnlyList<string> GetSuggestedTypeNames(GraphQLSchema schema, NamedType type, string fieldName)
    {
        if (!TypePredicates.IsAbstractType(type))
        {
            // An object type has no possible types to suggest.
            return [];
        }

        var suggestedTypes = new List<NamedType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.Fields[fieldName] is null)
            {
                continue;
            }

            if (!usageCount.ContainsKey(possibleType.Name))
            {
                suggestedTypes.Add(possibleType);
            }

            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.Fields[fieldName] is null)
                {
                    continue;
                }

                if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                {
                    suggestedTypes.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = count + 1;
            }
        }

        int Compare(NamedType typeA, NamedType typeB)
        {
            var usageCountDiff = usageCount[typeB.Name] - usageCount[typeA.Name];
            if (usageCountDiff != 0)
            {
                return usageCountDiff;
            }

            // Super types first, then their subtypes.
            if (typeA is InterfaceType && schema.IsSubType(typeA, typeB))
            {
                return -1;
            }

            if (typeB is InterfaceType && schema.IsSubType(typeB, typeA))
            {
                return 1;
            }

            return NaturalCompare.Compare(typeA.Name, typeB.Name);
        }

        StableSort.Sort(suggestedTypes, Compare);
        return suggestedTypes.ConvertAll(static t => t.Name);
    }

    private static IReadOnlyList<string> GetSuggestedFieldNames(NamedType type, string fieldName) =>
        type is ComplexType complex
            ? SuggestionList.For(fieldName, complex.Fields.Select(static f => f.Name))
            : []; // A union defines no fields.
}
