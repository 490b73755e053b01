using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§3.3.1 Root Operation Types (SDL). Cases follow graphql-js's UniqueOperationTypesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class UniqueOperationTypesRuleTests
{
    private static readonly GraphQLSchema ExistingSchema = ValidationHarness.BuildSchema(
        """
        type Query { foo: String } type Mutation { foo: String }
        """);

    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new UniqueOperationTypesRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void No_schema_definition() => ExpectValidSDL(null,
        """
        type Foo
        """);

    [Fact]
    public void Schema_definition_with_all_types() => ExpectValidSDL(null,
        """
        type Foo

        schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }
        """);

    [Fact]
    public void Duplicate_operation_types() => ExpectSDLErrors(null,
        """
        type Foo

        schema {
          query: Foo
          mutation: Foo
          subscription: Foo

          query: Foo
          mutation: Foo
          subscription: Foo
        }
        """,
        Error("There can be only one query type in schema.", (4, 3), (8, 3)),
        Error("There can be only one mutation type in schema.", (5, 3), (9, 3)),
        Error("There can be only one subscription type in schema.", (6, 3), (10, 3)));

    [Fact]
    public void Duplicate_operation_types_inside_schema_extension() => ExpectSDLErrors(null,
        """
        type Foo

        schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }

        extend schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }
        """,
        Error("There can be only one query type in schema.", (4, 3), (10, 3)),
        Error("There can be only one mutation type in schema.", (5, 3), (11, 3)),
        Error("There can be only one subscription type in schema.", (6, 3), (12, 3)));

    [Fact]
    public void Define_and_extend_operation_types_of_an_existing_schema() => ExpectSDLErrors(ExistingSchema,
        """
        type Foo

        extend schema {
          query: Foo
          subscription: Foo
        }
        """,
        Error("Type for query already defined in the schema. It cannot be redefined.", (4, 3)));
}
