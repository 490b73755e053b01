using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace OrgGrains.Runtime;

/// <summary>One activation of a grain: the grain instance, its mailbox and its turn scheduler.
/// Everything mutable is guarded by the activation's own monitor (<c>lock (this)</c>: the type is
/// internal and sealed, so nothing else locks it, and an idle activation carries no lock object).</summary>
internal sealed partial class ActivationData : IGrainContext, IThreadPoolWorkItem
{
    private readonly GrainRuntime _runtime;

    private ActivationState _state;
    // Milliseconds of Environment.TickCount64: coarse, and cheap enough to stamp on every call.
    private long _keepAliveUntil;
    private long _lastActivity = Environment.TickCount64;

    public ActivationData(GrainRuntime runtime, GrainClass grainClass, GrainId grainId)
    {
        _runtime = runtime;
        GrainClass = grainClass;
        GrainId = grainId;
    }

    public GrainId GrainId { get; }

    public GrainClass GrainClass { get; }

    /// <summary>The grain instance once constructed.</summary>
    public object? Grain { get; private set; }

    public IGrainFactory GrainFactory => _runtime.GrainFactory;

    public IServiceProvider ActivationServices => _runtime.Services;

    internal GrainRuntime Runtime => _runtime;

    /// <summary>Read without the lock by callers deciding whether a cached activation is still usable.</summary>
    public bool IsInvalid => Volatile.Read(ref Unsafe.As<ActivationState, int>(ref _state)) == (int)ActivationState.Invalid;

    public override string ToString() => $"activation of {GrainId}";

    public void ReportError(Exception exception, string what)
        => _runtime.Logger.LogError(exception, "Grain {GrainId}: {What} failed", GrainId, what);
}
