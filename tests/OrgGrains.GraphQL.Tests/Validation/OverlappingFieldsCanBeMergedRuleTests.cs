using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.3.2 Field Selection Merging. Cases follow graphql-js's OverlappingFieldsCanBeMergedRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly GraphQLSchema ReturnTypesSchema = ValidationHarness.BuildSchema(
        """
        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }

        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        interface NonNullStringBox1 {
          scalar: String!
        }

        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        interface NonNullStringBox2 {
          scalar: String!
        }

        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        type Connection {
          edges: [Edge]
        }

        type Edge {
          node: Node
        }

        type Node {
          id: ID
          name: String
        }

        type Query {
          someBox: SomeBox
          connection: Connection
        }
        """);

    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new OverlappingFieldsCanBeMergedRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    private static void ExpectErrors(GraphQLSchema schema, string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(schema, new OverlappingFieldsCanBeMergedRule(), query, errors);

    private static void ExpectValid(GraphQLSchema schema, string query) => ExpectErrors(schema, query);

    [Fact]
    public void Unique_fields() => ExpectValid(
        """
        fragment uniqueFields on Dog {
          name
          nickname
        }
        """);

    [Fact]
    public void Identical_fields() => ExpectValid(
        """
        fragment mergeIdenticalFields on Dog {
          name
          name
        }
        """);

    [Fact]
    public void Identical_fields_with_identical_args() => ExpectValid(
        """
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void Identical_fields_with_identical_directives() => ExpectValid(
        """
        fragment mergeSameFieldsWithSameDirectives on Dog {
          name @include(if: true)
          name @include(if: true)
        }
        """);

    [Fact]
    public void Different_args_with_different_aliases() => ExpectValid(
        """
        fragment differentArgsWithDifferentAliases on Dog {
          knowsSit: doesKnowCommand(dogCommand: SIT)
          knowsDown: doesKnowCommand(dogCommand: DOWN)
        }
        """);

    [Fact]
    public void Different_directives_with_different_aliases() => ExpectValid(
        """
        fragment differentDirectivesWithDifferentAliases on Dog {
          nameIfTrue: name @include(if: true)
          nameIfFalse: name @include(if: false)
        }
        """);

    [Fact]
    public void Different_skip_include_directives_accepted() => ExpectValid(
        """
        fragment differentDirectivesWithDifferentAliases on Dog {
          name @include(if: true)
          name @include(if: false)
        }
        """);

    [Fact]
    public void Same_aliases_with_different_field_targets() => ExpectErrors(
        """
        fragment sameAliasesWithDifferentFieldTargets on Dog {
          fido: name
          fido: nickname
        }
        """,
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Same_aliases_allowed_on_non_overlapping_fields() => ExpectValid(
        """
        fragment sameAliasesWithDifferentFieldTargets on Pet {
          ... on Dog {
            name
          }
          ... on Cat {
            name: nickname
          }
        }
        """);

    [Fact]
    public void Alias_masking_direct_field_access() => ExpectErrors(
        """
        fragment aliasMaskingDirectFieldAccess on Dog {
          name: nickname
          name
        }
        """,
        Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Different_args_second_adds_an_argument() => ExpectErrors(
        """
        fragment conflictingArgs on Dog {
          doesKnowCommand
          doesKnowCommand(dogCommand: HEEL)
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Different_args_second_missing_an_argument() => ExpectErrors(
        """
        fragment conflictingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Conflicting_arg_values() => ExpectErrors(
        """
        fragment conflictingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Conflicting_arg_names() => ExpectErrors(
        """
        fragment conflictingArgs on Dog {
          isAtLocation(x: 0)
          isAtLocation(y: 0)
        }
        """,
        Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Same_args_in_different_order_are_equal() => ExpectValid(
        """
        fragment sameArgs on Dog {
          isAtLocation(x: 0, y: 1)
          isAtLocation(y: 1, x: 0)
        }
        """);

    [Fact]
    public void Same_object_values_with_fields_in_different_order_are_equal() => ExpectValid(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: 1 })
            complexArgField(complexArg: { intField: 1, requiredField: true })
          }
        }
        """);

    [Fact]
    public void String_and_block_string_arguments_differ() => ExpectErrors(
        """"
        {
          human(id: "a") { name }
          human(id: """a""") { name }
        }
        """",
        Error("Fields \"human\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Allows_different_args_where_no_conflict_is_possible() => ExpectValid(
        """
        fragment conflictingArgs on Pet {
          ... on Dog {
            name(surname: true)
          }
          ... on Cat {
            name
          }
        }
        """);

    [Fact]
    public void Encounters_conflict_in_fragments() => ExpectErrors(
        """
        {
          ...A
          ...B
        }
        fragment A on Type {
          x: a
        }
        fragment B on Type {
          x: b
        }
        """,
        Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 3), (9, 3)));

    [Fact]
    public void Reports_each_conflict_once() => ExpectErrors(
        """
        {
          f1 {
            ...A
            ...B
          }
          f2 {
            ...B
            ...A
          }
          f3 {
            ...A
            ...B
            x: c
          }
        }
        fragment A on Type {
          x: a
        }
        fragment B on Type {
          x: b
        }
        """,
        Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (17, 3), (20, 3)),
        Error("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (17, 3)),
        Error("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (20, 3)));

    [Fact]
    public void Deep_conflict() => ExpectErrors(
        """
        {
          field {
            x: a
          },
          field {
            x: b
          }
        }
        """,
        Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (5, 3), (6, 5)));

    [Fact]
    public void Deep_conflict_with_multiple_issues() => ExpectErrors(
        """
        {
          field {
            x: a
            y: c
          },
          field {
            x: b
            y: d
          }
        }
        """,
        Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)));

    [Fact]
    public void Very_deep_conflict() => ExpectErrors(
        """
        {
          field {
            deepField {
              x: a
            }
          },
          field {
            deepField {
              x: b
            }
          }
        }
        """,
        Error("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)));

    [Fact]
    public void Reports_deep_conflict_to_nearest_common_ancestor() => ExpectErrors(
        """
        {
          field {
            deepField {
              x: a
            }
            deepField {
              x: b
            }
          },
          field {
            deepField {
              y
            }
          }
        }
        """,
        Error("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 7), (6, 5), (7, 7)));

    [Fact]
    public void Reports_deep_conflict_to_nearest_common_ancestor_in_fragments() => ExpectErrors(
        """
        {
          field {
            ...F
          }
          field {
            ...F
          }
        }
        fragment F on T {
          deepField {
            deeperField {
              x: a
            }
            deeperField {
              x: b
            }
          },
          deepField {
            deeperField {
              y
            }
          }
        }
        """,
        Error("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 5), (12, 7), (14, 5), (15, 7)));

    [Fact]
    public void Reports_deep_conflict_in_nested_fragments() => ExpectErrors(
        """
        {
          field {
            ...F
          }
          field {
            ...I
          }
        }
        fragment F on T {
          x: a
          ...G
        }
        fragment G on T {
          y: c
        }
        fragment I on T {
          y: d
          ...J
        }
        fragment J on T {
          x: b
        }
        """,
        Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (10, 3), (14, 3), (5, 3), (21, 3), (17, 3)));

    [Fact]
    public void Ignores_unknown_fragments() => ExpectValid(
        """
        {
          field
          ...Unknown
          ...Known
        }

        fragment Known on T {
          field
          ...OtherUnknown
        }
        """);

    [Fact]
    public void Conflicting_return_types_which_potentially_overlap() => ExpectErrors(ReturnTypesSchema,
        """
        {
          someBox {
            ...on IntBox {
              scalar
            }
            ...on NonNullStringBox1 {
              scalar
            }
          }
        }
        """,
        Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void Compatible_return_shapes_on_different_return_types() => ExpectValid(ReturnTypesSchema,
        """
        {
          someBox {
            ... on SomeBox {
              deepBox {
                unrelatedField
              }
            }
            ... on StringBox {
              deepBox {
                unrelatedField
              }
            }
          }
        }
        """);

    [Fact]
    public void Disallows_differing_return_types_despite_no_overlap() => ExpectErrors(ReturnTypesSchema,
        """
        {
          someBox {
            ... on IntBox {
              scalar
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """,
        Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void Reports_correctly_when_a_non_exclusive_follows_an_exclusive() => ExpectErrors(ReturnTypesSchema,
        """
        {
          someBox {
            ... on IntBox {
              deepBox {
                ...X
              }
            }
          }
          someBox {
            ... on StringBox {
              deepBox {
                ...Y
              }
            }
          }
          memoed: someBox {
            ... on IntBox {
              deepBox {
                ...X
              }
            }
          }
          memoed: someBox {
            ... on StringBox {
              deepBox {
                ...Y
              }
            }
          }
          other: someBox {
            ...X
          }
          other: someBox {
            ...Y
          }
        }
        fragment X on SomeBox {
          scalar
        }
        fragment Y on SomeBox {
          scalar: unrelatedField
        }
        """,
        Error("Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (30, 3), (38, 3), (33, 3), (41, 3)));

    [Fact]
    public void Disallows_differing_return_type_nullability_despite_no_overlap() => ExpectErrors(ReturnTypesSchema,
        """
        {
          someBox {
            ... on NonNullStringBox1 {
              scalar
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """,
        Error("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void Disallows_differing_return_type_list_despite_no_overlap() => ExpectErrors(ReturnTypesSchema,
        """
        {
          someBox {
            ... on IntBox {
              box: listStringBox {
                scalar
              }
            }
            ... on StringBox {
              box: stringBox {
                scalar
              }
            }
          }
        }
        """,
        Error("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7)));

    [Fact]
    public void Disallows_differing_subfields() => ExpectErrors(ReturnTypesSchema,
        """
        {
          someBox {
            ... on IntBox {
              box: stringBox {
                val: scalar
                val: unrelatedField
              }
            }
            ... on StringBox {
              box: stringBox {
                val: scalar
              }
            }
          }
        }
        """,
        Error("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 9), (6, 9)));

    [Fact]
    public void Disallows_differing_deep_return_types_despite_no_overlap() => ExpectErrors(ReturnTypesSchema,
        """
        {
          someBox {
            ... on IntBox {
              box: stringBox {
                scalar
              }
            }
            ... on StringBox {
              box: intBox {
                scalar
              }
            }
          }
        }
        """,
        Error("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (5, 9), (9, 7), (10, 9)));

    [Fact]
    public void Allows_non_conflicting_overlapping_types() => ExpectValid(ReturnTypesSchema,
        """
        {
          someBox {
            ... on IntBox {
              scalar: unrelatedField
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """);

    [Fact]
    public void Same_wrapped_scalar_return_types() => ExpectValid(ReturnTypesSchema,
        """
        {
          someBox {
            ...on NonNullStringBox1 {
              scalar
            }
            ...on NonNullStringBox2 {
              scalar
            }
          }
        }
        """);

    [Fact]
    public void Allows_inline_fragments_without_type_condition() => ExpectValid(ReturnTypesSchema,
        """
        {
          a
          ... {
            a
          }
        }
        """);

    [Fact]
    public void Compares_deep_types_including_list() => ExpectErrors(ReturnTypesSchema,
        """
        {
          connection {
            ...edgeID
            edges {
              node {
                id: name
              }
            }
          }
        }

        fragment edgeID on Connection {
          edges {
            node {
              id
            }
          }
        }
        """,
        Error("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 7), (6, 9), (13, 3), (14, 5), (15, 7)));

    [Fact]
    public void Ignores_unknown_types() => ExpectValid(ReturnTypesSchema,
        """
        {
          someBox {
            ...on UnknownType {
              scalar
            }
            ...on NonNullStringBox2 {
              scalar
            }
          }
        }
        """);

    [Fact]
    public void Does_not_infinite_loop_on_recursive_fragment() => ExpectValid(
        """
        {
          ...fragA
        }

        fragment fragA on Human { name, relatives { name, ...fragA } }
        """);

    [Fact]
    public void Does_not_infinite_loop_on_immediately_recursive_fragment() => ExpectValid(
        """
        {
          ...fragA
        }

        fragment fragA on Human { name, ...fragA }
        """);

    [Fact]
    public void Finds_invalid_case_even_with_immediately_recursive_fragment() => ExpectErrors(
        """
        fragment sameAliasesWithDifferentFieldTargets on Dog {
          ...sameAliasesWithDifferentFieldTargets
          fido: name
          fido: nickname
        }
        """,
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 3), (4, 3)));

    [Fact]
    public void Does_not_infinite_loop_on_transitively_recursive_fragment() => ExpectValid(
        """
        {
          ...fragA
          fragB
        }

        fragment fragA on Human { name, ...fragB }
        fragment fragB on Human { name, ...fragC }
        fragment fragC on Human { name, ...fragA }
        """);

    [Fact]
    public void Finds_invalid_case_even_with_field_named_after_fragment() => ExpectErrors(
        """
        {
          fragA
          ...fragA
        }

        fragment fragA on Type {
          fragA: b
        }
        """,
        Error("Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (7, 3)));

    [Fact]
    public void Conflicting_variables_are_different_arguments() => ExpectErrors(
        """
        query ($a: DogCommand, $b: DogCommand) {
          dog {
            doesKnowCommand(dogCommand: $a)
            doesKnowCommand(dogCommand: $b)
          }
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)));

    [Fact]
    public void Same_list_arguments_are_equal() => ExpectValid(
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["a", "b"])
            stringListArgField(stringListArg: ["a", "b"])
          }
        }
        """);

    [Fact]
    public void Int_and_float_arguments_differ() => ExpectErrors(
        """
        {
          complicatedArgs {
            floatArgField(floatArg: 1)
            floatArgField(floatArg: 1.0)
          }
        }
        """,
        Error("Fields \"floatArgField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)));
}
