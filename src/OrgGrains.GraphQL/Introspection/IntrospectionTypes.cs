using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Introspection;

/// <summary>
/// §4 Introspection: the __Schema, __Type, __Field, __InputValue, __EnumValue, __Directive types and
/// the __schema / __type / __typename meta-fields, with their resolvers bound once. Types are read
/// straight from the schema's objects (no intermediate model is built per request).
/// </summary>
public static class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        var b = BuiltIns.Instance;
        Schema = (ObjectType)b.GetType("__Schema")!;
        Type = (ObjectType)b.GetType("__Type")!;
        Field = (ObjectType)b.GetType("__Field")!;
        InputValue = (ObjectType)b.GetType("__InputValue")!;
        EnumValue = (ObjectType)b.GetType("__EnumValue")!;
        Directive = (ObjectType)b.GetType("__Directive")!;
        TypeKind = (EnumType)b.GetType("__TypeKind")!;
        DirectiveLocation = (EnumType)b.GetType("__DirectiveLocation")!;
        var meta = (ObjectType)b.GetType("__MetaFields")!;
        SchemaField = meta.GetField("__schema")!;
        TypeField = meta.GetField("__type")!;
        TypeNameField = meta.GetField("__typename")!;
        Bind();
    }

    public static ObjectType Schema { get; }

    public static ObjectType Type { get; }

    public static ObjectType Field { get; }

    public static ObjectType InputValue { get; }

    public static ObjectType EnumValue { get; }

    public static ObjectType Directive { get; }

    public static EnumType TypeKind { get; }

    public static EnumType DirectiveLocation { get; }

    /// <summary>§4.1 <c>__schema: __Schema!</c> on the query root type.</summary>
    public static FieldDefinition SchemaField { get; }

    /// <summary>§4.1 <c>__type(name: String!): __Type</c> on the query root type.</summary>
    public static FieldDefinition TypeField { get; }

    /// <summary>§4.1 <c>__typename: String!</c> on every object, interface and union.</summary>
    public static FieldDefinition TypeNameField { get; }

    public static bool IsIntrospectionType(NamedType type) => type.Name.StartsWith("__", StringComparison.Ordinal) && BuiltIns.Instance.GetType(type.Name) == type;

    private static void Bind()
    {
        SchemaField.Resolver = ctx => ctx.Schema;
        TypeField.Resolver = ctx => ctx.Schema.GetType((string)ctx.Arguments["name"]!);
        TypeNameField.Resolver = ctx => ctx.ParentType.Name;

        On(Schema, "description", s => ((GraphQLSchema)s).Description);
        On(Schema, "types", s => ((GraphQLSchema)s).Types);
        On(Schema, "queryType", s => ((GraphQLSchema)s).QueryType);
        On(Schema, "mutationType", s => ((GraphQLSchema)s).MutationType);
        On(Schema, "subscriptionType", s => ((GraphQLSchema)s).SubscriptionType);
        Schema.GetField("directives")!.Resolver = ctx =>
            IncludeDeprecated(ctx) ? ((GraphQLSchema)ctx.Source!).Directives : ((GraphQLSchema)ctx.Source!).Directives.Where(d => !d.IsDeprecated).ToArray();

        On(Type, "kind", t => KindName(((GraphQLType)t).Kind));
        On(Type, "name", t => (t as NamedType)?.Name);
        On(Type, "description", t => (t as NamedType)?.Description);
        On(Type, "specifiedByURL", t => (t as ScalarType)?.SpecifiedByUrl);
        Type.GetField("fields")!.Resolver = ctx => ctx.Source is ComplexType c
            ? IncludeDeprecated(ctx) ? c.Fields : c.Fields.Where(f => !f.IsDeprecated).ToArray()
            : null;
        On(Type, "interfaces", t => (t as ComplexType)?.Interfaces);
        Type.GetField("possibleTypes")!.Resolver = ctx => ctx.Source is UnionType or InterfaceType ? ctx.Schema.GetPossibleTypes((NamedType)ctx.Source) : null;
        Type.GetField("enumValues")!.Resolver = ctx => ctx.Source is EnumType e
            ? IncludeDeprecated(ctx) ? e.Values : e.Values.Where(v => !v.IsDeprecated).ToArray()
            : null;
        Type.GetField("inputFields")!.Resolver = ctx => ctx.Source is InputObjectType i
            ? IncludeDeprecated(ctx) ? i.Fields : i.Fields.Where(f => !f.IsDeprecated).ToArray()
            : null;
        On(Type, "ofType", t => t switch
        {
            ListType l => l.OfType,
            NonNullType n => n.OfType,
            _ => null,
        });
        On(Type, "isOneOf", t => t is InputObjectType i ? Bool(i.IsOneOf) : null);

        On(Field, "name", f => ((FieldDefinition)f).Name);
        On(Field, "description", f => ((FieldDefinition)f).Description);
        Field.GetField("args")!.Resolver = ctx => IncludeDeprecated(ctx)
            ? ((FieldDefinition)ctx.Source!).Arguments
            : ((FieldDefinition)ctx.Source!).Arguments.Where(a => !a.IsDeprecated).ToArray();
        On(Field, "type", f => ((FieldDefinition)f).Type);
        On(Field, "isDeprecated", f => Bool(((FieldDefinition)f).IsDeprecated));
        On(Field, "deprecationReason", f => ((FieldDefinition)f).DeprecationReason);

        On(InputValue, "name", v => ((InputValueDefinition)v).Name);
        On(InputValue, "description", v => ((InputValueDefinition)v).Description);
        On(InputValue, "type", v => ((InputValueDefinition)v).Type);
        On(InputValue, "defaultValue", v => DefaultValue((InputValueDefinition)v));
        On(InputValue, "isDeprecated", v => Bool(((InputValueDefinition)v).IsDeprecated));
        On(InputValue, "deprecationReason", v => ((InputValueDefinition)v).DeprecationReason);

        On(EnumValue, "name", v => ((EnumValueDefinition)v).Name);
        On(EnumValue, "description", v => ((EnumValueDefinition)v).Description);
        On(EnumValue, "isDeprecated", v => Bool(((EnumValueDefinition)v).IsDeprecated));
        On(EnumValue, "deprecationReason", v => ((EnumValueDefinition)v).DeprecationReason);

        On(Directive, "name", d => ((DirectiveDefinition)d).Name);
        On(Directive, "description", d => ((DirectiveDefinition)d).Description);
        On(Directive, "isRepeatable", d => Bool(((DirectiveDefinition)d).IsRepeatable));
        On(Directive, "locations", d => LocationNames((DirectiveDefinition)d));
        Directive.GetField("args")!.Resolver = ctx => IncludeDeprecated(ctx)
            ? ((DirectiveDefinition)ctx.Source!).Arguments
            : ((DirectiveDefinition)ctx.Source!).Arguments.Where(a => !a.IsDeprecated).ToArray();
        On(Directive, "isDeprecated", d => Bool(((DirectiveDefinition)d).IsDeprecated));
        On(Directive, "deprecationReason", d => ((DirectiveDefinition)d).DeprecationReason);
    }

    private static void On(ObjectType type, string field, Func<object, object?> read)
    {
        type.GetField(field)!.Resolver = ctx => read(ctx.Source!);
    }

    /// <summary>Booleans boxed once: introspection results are full of them.</summary>
    private static object Bool(bool value) => value ? Scalars.True : Scalars.False;

    private static bool IncludeDeprecated(ResolveContext ctx) => ctx.Arguments.TryGetValue("includeDeprecated", out var v) && v is true;

    private static readonly string[] KindNames = ["SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"];

    private static string KindName(Types.TypeKind kind) => KindNames[(int)kind];

    private static string[] LocationNames(DirectiveDefinition directive)
    {
        if (directive.LocationNames is { } cached)
        {
            return cached;
        }

        var names = new string[directive.Locations.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = directive.Locations[i].ToName();
        }

        return directive.LocationNames = names;
    }

    /// <summary>§4.5.4 defaultValue: the default printed as a GraphQL literal (graphql-js: print(astFromValue(...))).</summary>
    private static string? DefaultValue(InputValueDefinition value)
    {
        if (!value.HasDefaultValue)
        {
            return null;
        }

        return value.PrintedDefaultValue ??= AstFromValue.Convert(value.DefaultValue, value.Type) is { } ast ? Printer.Print(ast) : null;
    }
}
