using OrgGrains.GraphQL.Types;

namespace OrgGrains.Api;

internal static class SchemaBuilderExtensions
{
    /// <summary>ResolveAsync with the lambda's type fixed, so async lambdas do not match both overloads.</summary>
    public static SchemaBuilder ResolveAwait(this SchemaBuilder builder, string typeName, string fieldName, AsyncFieldResolver resolver) =>
        builder.ResolveAsync(typeName, fieldName, resolver);
}
