namespace OrgGrains.Runtime;

/// <summary>On a grain class: requests may interleave at every await, in any order.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute;

/// <summary>On a grain interface method: the request interleaves with any other request.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute;

/// <summary>On a grain interface method: the method does not change state, so read-only
/// requests interleave with each other but never with a request that is not read-only.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;

/// <summary>On a grain interface method returning Task or ValueTask: the caller does not wait
/// for the grain to handle the request; its completion and exceptions are not observed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OneWayAttribute : Attribute;
