namespace OrgGrains.Runtime;

/// <summary>Marker for every grain interface. A grain interface's methods return
/// <see cref="Task"/>, <see cref="Task{TResult}"/>, <see cref="ValueTask"/> or <see cref="ValueTask{TResult}"/>.</summary>
/// <remarks>Arguments and results cross grain boundaries by reference and are never copied, so they
/// must be immutable (records with init-only members and immutable collections). This is the
/// rule that makes a local call as cheap as a method call; see src/OrgGrains.Runtime/README.md.</remarks>
public interface IGrain;

/// <summary>A grain whose identity is a string.</summary>
public interface IGrainWithStringKey : IGrain;

/// <summary>A grain whose identity is a <see cref="Guid"/>.</summary>
public interface IGrainWithGuidKey : IGrain;
