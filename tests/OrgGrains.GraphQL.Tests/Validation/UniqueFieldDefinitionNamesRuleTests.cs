using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§3.6 Objects: unique field names (SDL). Cases follow graphql-js's UniqueFieldDefinitionNamesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class UniqueFieldDefinitionNamesRuleTests
{
    private static readonly GraphQLSchema ExistingSchema = ValidationHarness.BuildSchema(
        """
        type SomeObject { foo: String }
        interface SomeInterface { foo: String }
        input SomeInputObject { foo: String }
        type Query { o: SomeObject i: SomeInterface f(a: SomeInputObject): String }
        """);

    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new UniqueFieldDefinitionNamesRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void No_fields() => ExpectValidSDL(null,
        """
        type SomeObject
        interface SomeInterface
        input SomeInputObject
        """);

    [Fact]
    public void One_field() => ExpectValidSDL(null,
        """
        type SomeObject {
          foo: String
        }

        interface SomeInterface {
          foo: String
        }

        input SomeInputObject {
          foo: String
        }
        """);

    [Fact]
    public void Duplicate_fields_inside_the_same_type_definition() => ExpectSDLErrors(null,
        """
        type SomeObject {
          foo: String
          bar: String
          foo: String
        }

        interface SomeInterface {
          foo: String
          bar: String
          foo: String
        }

        input SomeInputObject {
          foo: String
          bar: String
          foo: String
        }
        """,
        Error("Field \"SomeObject.foo\" can only be defined once.", (2, 3), (4, 3)),
        Error("Field \"SomeInterface.foo\" can only be defined once.", (8, 3), (10, 3)),
        Error("Field \"SomeInputObject.foo\" can only be defined once.", (14, 3), (16, 3)));

    [Fact]
    public void Extend_type_with_duplicate_field() => ExpectSDLErrors(null,
        """
        extend type SomeObject {
          foo: String
        }
        type SomeObject {
          foo: String
        }
        """,
        Error("Field \"SomeObject.foo\" can only be defined once.", (2, 3), (5, 3)));

    [Fact]
    public void Adding_conflicting_fields_to_existing_schema_twice() => ExpectSDLErrors(ExistingSchema,
        """
        extend type SomeObject {
          foo: String
        }
        extend interface SomeInterface {
          foo: String
        }
        extend input SomeInputObject {
          foo: String
        }

        extend type SomeObject {
          foo: String
        }
        """,
        Error("Field \"SomeObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (2, 3)),
        Error("Field \"SomeInterface.foo\" already exists in the schema. It cannot also be defined in this type extension.", (5, 3)),
        Error("Field \"SomeInputObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (8, 3)),
        Error("Field \"SomeObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (12, 3)));
}
