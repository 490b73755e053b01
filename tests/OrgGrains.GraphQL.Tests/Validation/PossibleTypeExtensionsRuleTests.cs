using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§3.4.3 Type Extensions (SDL). Cases follow graphql-js's PossibleTypeExtensionsRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class PossibleTypeExtensionsRuleTests
{
    private static readonly GraphQLSchema ExistingSchema = ValidationHarness.BuildSchema(
        """
        scalar FooScalar
        type FooObject { f: String }
        interface FooInterface { f: String }
        union FooUnion = FooObject
        enum FooEnum { A }
        input FooInputObject { f: String }
        type Query { f: String }
        """);

    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new PossibleTypeExtensionsRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void Extending_known_types() => ExpectValidSDL(null,
        """
        scalar FooScalar
        type FooObject
        interface FooInterface
        union FooUnion
        enum FooEnum
        input FooInputObject

        extend scalar FooScalar @dummy
        extend type FooObject @dummy
        extend interface FooInterface @dummy
        extend union FooUnion @dummy
        extend enum FooEnum @dummy
        extend input FooInputObject @dummy
        """);

    [Fact]
    public void Extending_unknown_type() => ExpectSDLErrors(null,
        """
        type Known

        extend scalar Unknown @dummy
        extend type Unknown @dummy
        extend interface Unknown @dummy
        extend union Unknown @dummy
        extend enum Unknown @dummy
        extend input Unknown @dummy
        """,
        Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (3, 15)),
        Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (4, 13)),
        Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (5, 18)),
        Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (6, 14)),
        Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (7, 13)),
        Error("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (8, 14)));

    [Fact]
    public void Does_not_consider_non_type_definitions() => ExpectSDLErrors(null,
        """
        query Foo { __typename }
        fragment Foo on Query { __typename }
        directive @Foo on SCHEMA

        extend scalar Foo @dummy
        extend type Foo @dummy
        """,
        Error("Cannot extend type \"Foo\" because it is not defined.", (5, 15)),
        Error("Cannot extend type \"Foo\" because it is not defined.", (6, 13)));

    [Fact]
    public void Extending_with_different_kinds() => ExpectSDLErrors(null,
        """
        scalar FooScalar
        type FooObject
        interface FooInterface
        union FooUnion
        enum FooEnum
        input FooInputObject

        extend type FooScalar @dummy
        extend interface FooObject @dummy
        extend union FooInterface @dummy
        extend enum FooUnion @dummy
        extend input FooEnum @dummy
        extend scalar FooInputObject @dummy
        """,
        Error("Cannot extend non-object type \"FooScalar\".", (1, 1), (8, 1)),
        Error("Cannot extend non-interface type \"FooObject\".", (2, 1), (9, 1)),
        Error("Cannot extend non-union type \"FooInterface\".", (3, 1), (10, 1)),
        Error("Cannot extend non-enum type \"FooUnion\".", (4, 1), (11, 1)),
        Error("Cannot extend non-input object type \"FooEnum\".", (5, 1), (12, 1)),
        Error("Cannot extend non-scalar type \"FooInputObject\".", (6, 1), (13, 1)));

    [Fact]
    public void Extending_types_within_existing_schema() => ExpectValidSDL(ExistingSchema,
        """
        extend scalar FooScalar @dummy
        extend type FooObject @dummy
        extend interface FooInterface @dummy
        extend union FooUnion @dummy
        extend enum FooEnum @dummy
        extend input FooInputObject @dummy
        """);

    [Fact]
    public void Extending_unknown_types_within_existing_schema() => ExpectSDLErrors(ExistingSchema,
        """
        extend scalar FooScalarr @dummy
        extend type FooObjectt @dummy
        """,
        Error("Cannot extend type \"FooScalarr\" because it is not defined. Did you mean \"FooScalar\"?", (1, 15)),
        Error("Cannot extend type \"FooObjectt\" because it is not defined. Did you mean \"FooObject\"?", (2, 13)));

    [Fact]
    public void Extending_types_with_different_kinds_within_existing_schema() => ExpectSDLErrors(ExistingSchema,
        """
        extend type FooScalar @dummy
        extend interface FooObject @dummy
        extend union FooInterface @dummy
        extend enum FooUnion @dummy
        extend input FooEnum @dummy
        extend scalar FooInputObject @dummy
        """,
        Error("Cannot extend non-object type \"FooScalar\".", (1, 1)),
        Error("Cannot extend non-interface type \"FooObject\".", (2, 1)),
        Error("Cannot extend non-union type \"FooInterface\".", (3, 1)),
        Error("Cannot extend non-enum type \"FooUnion\".", (4, 1)),
        Error("Cannot extend non-input object type \"FooEnum\".", (5, 1)),
        Error("Cannot extend non-scalar type \"FooInputObject\".", (6, 1)));
}
