namespace OrgGrains.Runtime;

/// <summary>Storage holds a different version of the state than the writer last saw
/// (optimistic concurrency on the ETag failed). Nothing was written.</summary>
public class InconsistentStateException : Exception
{
    public InconsistentStateException(string message, string? storedEtag, string? currentEtag, Exception? innerException = null)
        : base(message, innerException)
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    /// <summary>The ETag in storage, when the provider knows it.</summary>
    public string? StoredEtag { get; }

    /// <summary>The ETag the writer held.</summary>
    public string? CurrentEtag { get; }
}
