using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§3.3 Schema (SDL). Cases follow graphql-js's LoneSchemaDefinitionRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class LoneSchemaDefinitionRuleTests
{
    private static readonly GraphQLSchema SchemaWithQuery = ValidationHarness.BuildSchema(
        """
        type Query { foo: String }
        """);

    private static readonly GraphQLSchema SchemaWithoutRoots = ValidationHarness.BuildSchema(
        """
        type Foo { foo: String }
        """);

    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new LoneSchemaDefinitionRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void No_schema() => ExpectValidSDL(null,
        """
        type Query {
          foo: String
        }
        """);

    [Fact]
    public void One_schema_definition() => ExpectValidSDL(null,
        """
        schema {
          query: Foo
        }

        type Foo {
          foo: String
        }
        """);

    [Fact]
    public void Multiple_schema_definitions() => ExpectSDLErrors(null,
        """
        schema {
          query: Foo
        }

        type Foo {
          foo: String
        }

        schema {
          mutation: Foo
        }

        schema {
          subscription: Foo
        }
        """,
        Error("Must provide only one schema definition.", (9, 1)),
        Error("Must provide only one schema definition.", (13, 1)));

    [Fact]
    public void Define_schema_in_schema_extension() => ExpectValidSDL(SchemaWithoutRoots,
        """
        schema {
          query: Foo
        }
        """);

    [Fact]
    public void Redefine_schema_in_schema_extension() => ExpectSDLErrors(SchemaWithQuery,
        """
        schema {
          mutation: Foo
        }
        """,
        Error("Cannot define a new schema within a schema extension.", (1, 1)));

    [Fact]
    public void Redefine_implicit_schema_in_schema_extension() => ExpectSDLErrors(SchemaWithQuery,
        """
        schema {
          mutation: Foo
        }

        type Foo {
          foo: String
        }
        """,
        Error("Cannot define a new schema within a schema extension.", (1, 1)));
}
