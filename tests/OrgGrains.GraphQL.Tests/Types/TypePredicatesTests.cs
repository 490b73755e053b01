using OrgGrains.GraphQL.Types;
using static OrgGrains.GraphQL.Types.TypePredicates;

namespace OrgGrains.GraphQL.Tests.Types;

public sealed class TypePredicatesTests
{
    private readonly GraphQLSchema _schema = TestSchemas.Builder().Build();

    private NamedType T(string name) => _schema.GetType(name)!;

    [Fact]
    public void Classifies_types()
    {
        Assert.True(IsInputType(new NonNullType(new ListType(T("UnitFilter")))));
        Assert.False(IsInputType(T("Pod")));
        Assert.True(IsOutputType(new ListType(T("SearchResult"))));
        Assert.False(IsOutputType(T("UnitFilter")));
        Assert.True(IsLeafType(T("PodStatus")));
        Assert.True(IsCompositeType(T("SearchResult")));
        Assert.True(IsAbstractType(T("Unit")));
        Assert.False(IsAbstractType(T("Pod")));
        Assert.Same(T("Pod"), GetNamedType(new NonNullType(new ListType(new NonNullType(T("Pod"))))));
        Assert.Equal("[Pod]", GetNullableType(new NonNullType(new ListType(T("Pod")))).ToString());
    }

    [Fact]
    public void Compares_types()
    {
        var pod = T("Pod");
        Assert.True(IsEqualType(new ListType(new NonNullType(pod)), new ListType(new NonNullType(pod))));
        Assert.False(IsEqualType(new ListType(pod), new ListType(new NonNullType(pod))));

        Assert.True(IsTypeSubTypeOf(_schema, new NonNullType(pod), T("Unit")));
        Assert.True(IsTypeSubTypeOf(_schema, new ListType(new NonNullType(pod)), new ListType(T("Node"))));
        Assert.False(IsTypeSubTypeOf(_schema, pod, new NonNullType(T("Unit"))));
        Assert.False(IsTypeSubTypeOf(_schema, T("Person"), T("Unit")));

        Assert.True(DoTypesOverlap(_schema, T("Unit"), T("SearchResult")));
        Assert.False(DoTypesOverlap(_schema, T("Person"), T("Unit")));
        Assert.True(DoTypesOverlap(_schema, T("Person"), T("SearchResult")));
    }
}
