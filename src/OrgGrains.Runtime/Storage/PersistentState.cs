namespace OrgGrains.Runtime;

/// <summary>What the activation needs from each of its persistent states: to read it before OnActivateAsync.</summary>
internal interface IPersistentStateLoader
{
    Task LoadAsync(CancellationToken cancellationToken);
}

/// <summary>A grain's [PersistentState] over one <see cref="IGrainStorage"/>. A new state holds
/// <c>new TState()</c> when the type has a parameterless constructor (else its default), so grain
/// code can use <see cref="State"/> before anything is stored.</summary>
internal sealed class PersistentState<TState> : IPersistentState<TState>, IGrainState<TState>, IPersistentStateLoader
{
    private readonly ActivationData _activation;
    private readonly IGrainStorage _storage;
    private readonly string _stateName;

    public PersistentState(ActivationData activation, IGrainStorage storage, string stateName)
    {
        _activation = activation;
        _storage = storage;
        _stateName = stateName;
        State = CreateDefault();
        activation.AddPersistentState(this);
    }

    public TState State { get; set; }

    public string? Etag => ETag;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    Task IPersistentStateLoader.LoadAsync(CancellationToken cancellationToken) => ReadStateAsync(cancellationToken);

    public async Task ReadStateAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _storage.ReadStateAsync(_stateName, _activation.GrainId, this);
        if (!RecordExists && State is null)
        {
            State = CreateDefault();
        }
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await _storage.WriteStateAsync(_stateName, _activation.GrainId, this);
        }
        catch (InconsistentStateException exception)
        {
            _activation.DeactivateForInconsistentState(exception);
            throw;
        }
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await _storage.ClearStateAsync(_stateName, _activation.GrainId, this);
        }
        catch (InconsistentStateException exception)
        {
            _activation.DeactivateForInconsistentState(exception);
            throw;
        }
        State = CreateDefault();
    }

    private static TState CreateDefault()
        => typeof(TState).IsValueType || typeof(TState).GetConstructor(Type.EmptyTypes) is null ? default! : Activator.CreateInstance<TState>();
}
