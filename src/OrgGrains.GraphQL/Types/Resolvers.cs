using OrgGrains.GraphQL.Execution;

namespace OrgGrains.GraphQL.Types;

/// <summary>§6.4.2 Resolves a field synchronously: no Task is allocated for it.</summary>
public delegate object? FieldResolver(ResolveContext context);

/// <summary>§6.4.2 Resolves a field asynchronously.</summary>
public delegate ValueTask<object?> AsyncFieldResolver(ResolveContext context);

/// <summary>§6.2.3.1 Produces the source event stream of a subscription root field.</summary>
public delegate IAsyncEnumerable<object?> SourceStreamResolver(ResolveContext context);

/// <summary>§6.4.3 ResolveAbstractType: the name of the object type of <paramref name="value"/>, or null when unknown.</summary>
public delegate string? TypeResolver(object value, ResolveContext context);
