using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid Locations. Cases follow graphql-js's KnownDirectivesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class KnownDirectivesRuleTests
{
    private static readonly GraphQLSchema DirectiveSchema = ValidationHarness.BuildSchema(
        """
        type Query { dummy: String }
        type Mutation { dummy: String }
        type Subscription { dummy: String }
        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        """);

    private static readonly GraphQLSchema ExtendedSchema = ValidationHarness.BuildSchema(
        """
        type Query { foo: String }
        directive @onObject on OBJECT
        directive @onSchema on SCHEMA
        """);

    private static void ExpectErrors(GraphQLSchema schema, string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(schema, new KnownDirectivesRule(), query, errors);

    private static void ExpectValid(GraphQLSchema schema, string query) => ExpectErrors(schema, query);

    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new KnownDirectivesRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void With_no_directives() => ExpectValid(DirectiveSchema,
        """
        query Foo {
          name
          ...Frag
        }

        fragment Frag on Dog {
          name
        }
        """);

    [Fact]
    public void With_standard_directives() => ExpectValid(DirectiveSchema,
        """
        {
          human @skip(if: false) {
            name
            pets {
              ... on Dog @include(if: true) {
                name
              }
            }
          }
        }
        """);

    [Fact]
    public void With_unknown_directive() => ExpectErrors(DirectiveSchema,
        """
        {
          human @unknown(directive: "value") {
            name
          }
        }
        """,
        Error("Unknown directive \"@unknown\".", (2, 9)));

    [Fact]
    public void With_many_unknown_directives() => ExpectErrors(DirectiveSchema,
        """
        {
          __typename @unknown
          human @unknown {
            name
            pets @unknown {
              name
            }
          }
        }
        """,
        Error("Unknown directive \"@unknown\".", (2, 14)),
        Error("Unknown directive \"@unknown\".", (3, 9)),
        Error("Unknown directive \"@unknown\".", (5, 10)));

    [Fact]
    public void With_well_placed_directives() => ExpectValid(DirectiveSchema,
        """
        query ($var: Boolean @onVariableDefinition) @onQuery {
          human @onField {
            ...Frag @onFragmentSpread
            ... @onInlineFragment {
              name @onField
            }
          }
        }

        mutation @onMutation {
          someField @onField
        }

        subscription @onSubscription {
          someField @onField
        }

        fragment Frag on Human @onFragmentDefinition {
          name @onField
        }
        """);

    [Fact]
    public void With_misplaced_directives() => ExpectErrors(DirectiveSchema,
        """
        query ($var: Boolean @onQuery) @onMutation {
          human @onQuery {
            ...Frag @onQuery
            ... @onQuery {
              name @onQuery
            }
          }
        }

        mutation @onQuery {
          someField @onQuery
        }

        subscription @onQuery {
          someField @onQuery
        }

        fragment Frag on Human @onQuery {
          name @onQuery
        }
        """,
        Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
        Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 9)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 13)),
        Error("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (4, 9)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (5, 12)),
        Error("Directive \"@onQuery\" may not be used on MUTATION.", (10, 10)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (11, 13)),
        Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (14, 14)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (15, 13)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (18, 24)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (19, 8)));

    [Fact]
    public void Directives_defined_in_the_document_are_known() => ExpectErrors(DirectiveSchema,
        """
        directive @local on FIELD
        { dummy @local @local2 }
        """,
        Error("Unknown directive \"@local2\".", (2, 16)));

    [Fact]
    public void SDL_with_directive_defined_inside_SDL() => ExpectValidSDL(null,
        """
        type Query {
          foo: String @test
        }

        directive @test on FIELD_DEFINITION
        """);

    [Fact]
    public void SDL_with_standard_directive() => ExpectValidSDL(null,
        """
        type Query {
          foo: String @deprecated
        }
        """);

    [Fact]
    public void SDL_with_overridden_standard_directive() => ExpectValidSDL(null,
        """
        schema @deprecated {
          query: Query
        }
        directive @deprecated on SCHEMA
        """);

    [Fact]
    public void SDL_with_well_placed_directives() => ExpectValidSDL(null,
        """
        type MyObj implements MyInterface @onObject {
          myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
        }

        extend type MyObj @onObject

        scalar MyScalar @onScalar

        extend scalar MyScalar @onScalar

        interface MyInterface @onInterface {
          myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
        }

        extend interface MyInterface @onInterface

        union MyUnion @onUnion = MyObj | Other

        extend union MyUnion @onUnion

        enum MyEnum @onEnum {
          MY_VALUE @onEnumValue
        }

        extend enum MyEnum @onEnum

        input MyInput @onInputObject {
          myField: Int @onInputFieldDefinition
        }

        extend input MyInput @onInputObject

        schema @onSchema {
          query: MyQuery
        }

        extend schema @onSchema

        directive @onSchema on SCHEMA
        directive @onScalar on SCALAR
        directive @onObject on OBJECT
        directive @onFieldDefinition on FIELD_DEFINITION
        directive @onArgumentDefinition on ARGUMENT_DEFINITION
        directive @onInterface on INTERFACE
        directive @onUnion on UNION
        directive @onEnum on ENUM
        directive @onEnumValue on ENUM_VALUE
        directive @onInputObject on INPUT_OBJECT
        directive @onInputFieldDefinition on INPUT_FIELD_DEFINITION
        """);

    [Fact]
    public void SDL_with_misplaced_directives() => ExpectSDLErrors(null,
        """
        type MyObj implements MyInterface @onInterface {
          myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
        }

        scalar MyScalar @onEnum

        interface MyInterface @onObject {
          myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
        }

        union MyUnion @onEnumValue = MyObj | Other

        enum MyEnum @onScalar {
          MY_VALUE @onUnion
        }

        input MyInput @onEnum {
          myField: Int @onArgumentDefinition
        }

        schema @onObject {
          query: MyQuery
        }

        extend schema @onObject

        directive @onSchema on SCHEMA
        directive @onScalar on SCALAR
        directive @onObject on OBJECT
        directive @onFieldDefinition on FIELD_DEFINITION
        directive @onArgumentDefinition on ARGUMENT_DEFINITION
        directive @onInterface on INTERFACE
        directive @onUnion on UNION
        directive @onEnum on ENUM
        directive @onEnumValue on ENUM_VALUE
        directive @onInputObject on INPUT_OBJECT
        directive @onInputFieldDefinition on INPUT_FIELD_DEFINITION
        """,
        Error("Directive \"@onInterface\" may not be used on OBJECT.", (1, 35)),
        Error("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", (2, 22)),
        Error("Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION.", (2, 55)),
        Error("Directive \"@onEnum\" may not be used on SCALAR.", (5, 17)),
        Error("Directive \"@onObject\" may not be used on INTERFACE.", (7, 23)),
        Error("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", (8, 22)),
        Error("Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION.", (8, 55)),
        Error("Directive \"@onEnumValue\" may not be used on UNION.", (11, 15)),
        Error("Directive \"@onScalar\" may not be used on ENUM.", (13, 13)),
        Error("Directive \"@onUnion\" may not be used on ENUM_VALUE.", (14, 12)),
        Error("Directive \"@onEnum\" may not be used on INPUT_OBJECT.", (17, 15)),
        Error("Directive \"@onArgumentDefinition\" may not be used on INPUT_FIELD_DEFINITION.", (18, 16)),
        Error("Directive \"@onObject\" may not be used on SCHEMA.", (21, 8)),
        Error("Directive \"@onObject\" may not be used on SCHEMA.", (25, 15)));

    [Fact]
    public void SDL_with_unknown_directive() => ExpectSDLErrors(null,
        """
        type Query {
          foo: String @unknown
        }
        """,
        Error("Unknown directive \"@unknown\".", (2, 15)));

    [Fact]
    public void SDL_extending_a_schema_with_its_directives() => ExpectValidSDL(ExtendedSchema,
        """
        extend type Query @onObject
        """);

    [Fact]
    public void SDL_extending_a_schema_with_unknown_and_misplaced_directives() => ExpectSDLErrors(ExtendedSchema,
        """
        directive @myDirective on SCHEMA
        extend type Query @unknown @onSchema @myDirective
        """,
        Error("Unknown directive \"@unknown\".", (2, 19)),
        Error("Directive \"@onSchema\" may not be used on OBJECT.", (2, 28)),
        Error("Directive \"@myDirective\" may not be used on OBJECT.", (2, 38)));
}
