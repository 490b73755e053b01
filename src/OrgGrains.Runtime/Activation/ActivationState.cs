namespace OrgGrains.Runtime;

internal enum ActivationState
{
    /// <summary>In the directory; nothing started until the first request arrives.</summary>
    Created,
    /// <summary>Constructing the grain, reading its state, running OnActivateAsync; requests wait.</summary>
    Activating,
    /// <summary>Handling requests.</summary>
    Valid,
    /// <summary>Running OnDeactivateAsync; requests wait and are forwarded to the next activation.</summary>
    Deactivating,
    /// <summary>Gone from the directory; a reference holding it looks the grain up again.</summary>
    Invalid,
}
