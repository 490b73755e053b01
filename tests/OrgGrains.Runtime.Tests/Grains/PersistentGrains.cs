using System.Collections.Concurrent;

namespace OrgGrains.Runtime.Tests;

public sealed record ProfileState
{
    public string Name { get; init; } = "";

    public int Saves { get; init; }
}

public sealed record ProfileView(string Name, int Saves, string? Etag, bool RecordExists, string NameSeenAtActivation);

public interface IProfileGrain : IGrainWithStringKey
{
    Task<ProfileView> Rename(string name);

    /// <summary>Changes the state in memory only; OnDeactivateAsync writes it.</summary>
    Task RenameLater(string name);

    [ReadOnly] Task<ProfileView> Get();

    Task Clear();

    [ReadOnly] Task<Guid> GetActivationId();
}

public sealed class ProfileGrain([PersistentState("profile")] IPersistentState<ProfileState> profile) : Grain, IProfileGrain
{
    public static readonly ConcurrentQueue<string> DeactivationReasons = new();

    private readonly Guid _activationId = Guid.NewGuid();
    private string _nameSeenAtActivation = "";
    private bool _dirty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _nameSeenAtActivation = profile.State.Name;
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        DeactivationReasons.Enqueue($"{this.GetPrimaryKeyString()}:{reason.ReasonCode}");
        if (_dirty)
        {
            await profile.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<ProfileView> Rename(string name)
    {
        profile.State = profile.State with { Name = name, Saves = profile.State.Saves + 1 };
        await profile.WriteStateAsync();
        return View();
    }

    public Task RenameLater(string name)
    {
        profile.State = profile.State with { Name = name };
        _dirty = true;
        return Task.CompletedTask;
    }

    public Task<ProfileView> Get() => Task.FromResult(View());

    public Task Clear() => profile.ClearStateAsync();

    public Task<Guid> GetActivationId() => Task.FromResult(_activationId);

    private ProfileView View() => new(profile.State.Name, profile.State.Saves, profile.Etag, profile.RecordExists, _nameSeenAtActivation);
}

public interface IUnimplementedGrain : IGrainWithStringKey
{
    Task<int> Ping();
}
