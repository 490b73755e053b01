using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§3.9 Enums (SDL). Cases follow graphql-js's UniqueEnumValueNamesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class UniqueEnumValueNamesRuleTests
{
    private static readonly GraphQLSchema ExistingSchema = ValidationHarness.BuildSchema(
        """
        enum SomeEnum { FOO } type Query { e: SomeEnum }
        """);

    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new UniqueEnumValueNamesRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void No_values() => ExpectValidSDL(null,
        """
        enum SomeEnum
        """);

    [Fact]
    public void One_value() => ExpectValidSDL(null,
        """
        enum SomeEnum {
          FOO
        }
        """);

    [Fact]
    public void Multiple_values() => ExpectValidSDL(null,
        """
        enum SomeEnum {
          FOO
          BAR
        }
        """);

    [Fact]
    public void Duplicate_values_inside_the_same_enum_definition() => ExpectSDLErrors(null,
        """
        enum SomeEnum {
          FOO
          BAR
          FOO
        }
        """,
        Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (2, 3), (4, 3)));

    [Fact]
    public void Extend_enum_with_new_value() => ExpectValidSDL(null,
        """
        enum SomeEnum {
          FOO
        }
        extend enum SomeEnum {
          BAR
        }
        extend enum SomeEnum {
          BAZ
        }
        """);

    [Fact]
    public void Extend_enum_with_duplicate_value() => ExpectSDLErrors(null,
        """
        extend enum SomeEnum {
          FOO
        }
        enum SomeEnum {
          FOO
        }
        """,
        Error("Enum value \"SomeEnum.FOO\" can only be defined once.", (2, 3), (5, 3)));

    [Fact]
    public void Adding_new_value_to_the_type_inside_existing_schema() => ExpectValidSDL(ExistingSchema,
        """
        extend enum SomeEnum {
          BAR
        }
        """);

    [Fact]
    public void Adding_conflicting_value_to_existing_schema_twice() => ExpectSDLErrors(ExistingSchema,
        """
        extend enum SomeEnum {
          FOO
        }
        extend enum SomeEnum {
          FOO
        }
        """,
        Error("Enum value \"SomeEnum.FOO\" already exists in the schema. It cannot also be defined in this type extension.", (2, 3)),
        Error("Enum value \"SomeEnum.FOO\" already exists in the schema. It cannot also be defined in this type extension.", (5, 3)));
}
