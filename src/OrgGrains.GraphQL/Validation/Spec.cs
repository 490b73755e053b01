namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// Addresses of the sections of the GraphQL specification that the rules implement, in its working
/// draft (the current specification), with graphql-js's anchors.
/// </summary>
internal static class Spec
{
    private const string Base = "https://spec.graphql.org/draft/#sec-";

    public const string ExecutableDefinitions = Base + "Executable-Definitions";                         // §5.1.1
    public const string OperationTypeExistence = Base + "Operation-Type-Existence";                      // §5.2.1.1
    public const string OperationNameUniqueness = Base + "Operation-Name-Uniqueness";                    // §5.2.2.1
    public const string LoneAnonymousOperation = Base + "Lone-Anonymous-Operation";                      // §5.2.3.1
    public const string SingleRootField = Base + "Single-root-field";                                    // §5.2.4.1
    public const string FieldSelections = Base + "Field-Selections";                                     // §5.3.1
    public const string FieldSelectionMerging = Base + "Field-Selection-Merging";                        // §5.3.2
    public const string LeafFieldSelections = Base + "Leaf-Field-Selections";                            // §5.3.3
    public const string ArgumentNames = Base + "Argument-Names";                                         // §5.4.1
    public const string ArgumentUniqueness = Base + "Argument-Uniqueness";                               // §5.4.2
    public const string RequiredArguments = Base + "Required-Arguments";                                 // §5.4.2.1
    public const string FragmentNameUniqueness = Base + "Fragment-Name-Uniqueness";                      // §5.5.1.1
    public const string FragmentSpreadTypeExistence = Base + "Fragment-Spread-Type-Existence";           // §5.5.1.2
    public const string FragmentsOnCompositeTypes = Base + "Fragments-On-Composite-Types";               // §5.5.1.3
    public const string FragmentsMustBeUsed = Base + "Fragments-Must-Be-Used";                           // §5.5.1.4
    public const string FragmentSpreadTargetDefined = Base + "Fragment-spread-target-defined";           // §5.5.2.1
    public const string FragmentSpreadsMustNotFormCycles = Base + "Fragment-spreads-must-not-form-cycles"; // §5.5.2.2
    public const string FragmentSpreadIsPossible = Base + "Fragment-spread-is-possible";                 // §5.5.2.3
    public const string ValuesOfCorrectType = Base + "Values-of-Correct-Type";                           // §5.6.1
    public const string InputObjectFieldNames = Base + "Input-Object-Field-Names";                       // §5.6.2
    public const string InputObjectFieldUniqueness = Base + "Input-Object-Field-Uniqueness";             // §5.6.3
    public const string InputObjectRequiredFields = Base + "Input-Object-Required-Fields";               // §5.6.4
    public const string DirectivesAreDefined = Base + "Directives-Are-Defined";                          // §5.7.1
    public const string DirectivesAreInValidLocations = Base + "Directives-Are-In-Valid-Locations";      // §5.7.2
    public const string DirectivesAreUniquePerLocation = Base + "Directives-Are-Unique-Per-Location";    // §5.7.3
    public const string VariableUniqueness = Base + "Variable-Uniqueness";                               // §5.8.1
    public const string VariablesAreInputTypes = Base + "Variables-Are-Input-Types";                     // §5.8.2
    public const string AllVariableUsesDefined = Base + "All-Variable-Uses-Defined";                     // §5.8.3
    public const string AllVariablesUsed = Base + "All-Variables-Used";                                  // §5.8.4
    public const string AllVariableUsagesAreAllowed = Base + "All-Variable-Usages-are-Allowed";          // §5.8.5

    // Introspection: not a rule of §5, but the specification asks services to bound introspection depth (§4).
    public const string Introspection = Base + "Introspection";

    // Type system (§3): the rules graphql-js checks an SDL document with before building a schema from it.
    public const string Schema = Base + "Schema";                                                        // §3.3
    public const string RootOperationTypes = Base + "Root-Operation-Types";                              // §3.3.1
    public const string Types = Base + "Types";                                                          // §3.4
    public const string Objects = Base + "Objects";                                                      // §3.6
    public const string FieldArguments = Base + "Field-Arguments";                                       // §3.6.1
    public const string Enums = Base + "Enums";                                                          // §3.9
    public const string TypeExtensions = Base + "Type-Extensions";                                       // §3.4.3
    public const string TypeSystemDirectives = Base + "Type-System.Directives";                          // §3.13
}
