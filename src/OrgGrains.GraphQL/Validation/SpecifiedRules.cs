namespace OrgGrains.GraphQL.Validation;

/// <summary>The rule sets: every rule of spec §5 for executable documents, and the type-system rules for SDL documents.</summary>
public static class SpecifiedRules
{
    /// <summary>
    /// Every rule of spec §5, in graphql-js 16's order (chosen so that the clearest errors come
    /// first), with the current specification's Operation Type Existence rule and graphql-js's
    /// recommended bound on introspection depth.
    /// </summary>
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new KnownOperationTypesRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
        new MaxIntrospectionDepthRule(),
    ];

    /// <summary>The rules graphql-js checks an SDL document with before building (or extending) a schema from it.</summary>
    public static IReadOnlyList<IValidationRule> Sdl { get; } =
    [
        new LoneSchemaDefinitionRule(),
        new UniqueOperationTypesRule(),
        new UniqueTypeNamesRule(),
        new UniqueEnumValueNamesRule(),
        new UniqueFieldDefinitionNamesRule(),
        new UniqueArgumentDefinitionNamesRule(),
        new UniqueDirectiveNamesRule(),
        new KnownTypeNamesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new PossibleTypeExtensionsRule(),
        new KnownArgumentNamesOnDirectivesRule(),
        new UniqueArgumentNamesRule(),
        new UniqueInputFieldNamesRule(),
        new ProvidedRequiredArgumentsOnDirectivesRule(),
    ];
}
