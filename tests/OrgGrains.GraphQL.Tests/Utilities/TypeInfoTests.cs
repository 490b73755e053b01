using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Tests.Validation;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Tests.Utilities;

/// <summary>TypeInfo (graphql-js's utilities/TypeInfo): the schema types at each position of a walked document.</summary>
public sealed class TypeInfoTests
{
    [Fact]
    public void Can_be_asked_before_entering_any_node()
    {
        var typeInfo = new TypeInfo(ValidationHarness.TestSchema);

        Assert.Null(typeInfo.Type);
        Assert.Null(typeInfo.ParentType);
        Assert.Null(typeInfo.InputType);
        Assert.Null(typeInfo.ParentInputType);
        Assert.Null(typeInfo.FieldDef);
        Assert.Null(typeInfo.Directive);
        Assert.Null(typeInfo.Argument);
        Assert.Null(typeInfo.EnumValue);
        Assert.False(typeInfo.HasDefaultValue);
    }

    [Fact]
    public void Tracks_output_types_through_fields_fragments_and_meta_fields()
    {
        var seen = Walk("""
            {
              human(id: 4) { name pets { ... on Dog { barks } } }
              catOrDog { __typename ... { __typename } }
              __schema { queryType { name } }
              unknown { name }
            }
            """);

        Assert.Equal(
            [
                "field human: QueryRoot -> Human",
                "field name: Human -> String",
                "field pets: Human -> [Pet]",
                "field barks: Dog -> Boolean",
                "field catOrDog: QueryRoot -> CatOrDog",
                "field __typename: CatOrDog -> String!",
                "field __typename: CatOrDog -> String!",
                "field __schema: QueryRoot -> __Schema!",
                "field queryType: __Schema -> __Type!",
                "field name: __Type -> String",
                "field unknown: QueryRoot -> none",
                "field name: none -> none",
            ],
            seen.Where(s => s.StartsWith("field", StringComparison.Ordinal)));
    }

    [Fact]
    public void Tracks_input_types_defaults_and_enum_values_inside_arguments()
    {
        var seen = Walk("""
            query ($v: [ComplexInput!]) {
              dog { isHouseTrained(atOtherHomes: true) doesKnowCommand(dogCommand: SIT) }
              complicatedArgs {
                complexArgField(complexArg: { stringListField: ["a"], intField: 1 })
                stringListNonNullArgField(stringListNonNullArg: ["b"])
              }
              dog @include(if: false) { name }
            }
            """);

        Assert.Equal(
            [
                "variable: [ComplexInput!] (parent none)",
                "value BooleanValue: Boolean (parent none) default=True",
                "value EnumValue: DogCommand (parent none) default=False enum=SIT",
                "value ObjectValue: ComplexInput (parent none) default=False",

                // As in graphql-js, a list literal already has its item type; the list type is the parent.
                "value ListValue: String (parent [String]) default=False",
                "value StringValue: String (parent [String]) default=False",
                "value IntValue: Int (parent ComplexInput) default=False",
                "value ListValue: String! (parent [String!]) default=False",
                "value StringValue: String! (parent [String!]) default=False",
                "value BooleanValue: Boolean! (parent none) default=False directive=@include",
            ],
            seen.Where(s => s.StartsWith("value", StringComparison.Ordinal) || s.StartsWith("variable", StringComparison.Ordinal)));
    }

    private static List<string> Walk(string query)
    {
        var recorder = new Recorder(new TypeInfo(ValidationHarness.TestSchema));
        AstWalker.Walk(Parser.Parse(query), recorder);
        return recorder.Seen;
    }

    /// <summary>Keeps TypeInfo in step with the walk and notes what it says at fields and values.</summary>
    private sealed class Recorder(TypeInfo typeInfo) : AstVisitor
    {
        public List<string> Seen { get; } = [];

        public override VisitorAction Enter(AstNode node, VisitContext context)
        {
            typeInfo.Enter(node);
            switch (node)
            {
                case FieldNode field:
                    Seen.Add($"field {field.Name.Value}: {Show(typeInfo.ParentType)} -> {Show(typeInfo.Type)}");
                    break;
                case VariableDefinitionNode:
                    Seen.Add($"variable: {Show(typeInfo.InputType)} (parent {Show(typeInfo.ParentInputType)})");
                    break;
                case ValueNode value and not VariableNode:
                    var enumValue = typeInfo.EnumValue is { } e ? " enum=" + e.Name : "";
                    var directive = typeInfo.Directive is { } d ? " directive=@" + d.Name : "";
                    Seen.Add($"value {value.Kind}: {Show(typeInfo.InputType)} (parent {Show(typeInfo.ParentInputType)}) default={typeInfo.HasDefaultValue}{enumValue}{directive}");
                    break;
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(AstNode node, VisitContext context)
        {
            typeInfo.Leave(node);
            return VisitorAction.Continue;
        }

        private static string Show(object? type) => type?.ToString() ?? "none";
    }
}
