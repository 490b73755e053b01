namespace OrgGrains.Server.Health;

/// <summary>Whether start-up work (loading the demo organisation) has finished, for /health/ready.</summary>
internal sealed class StartupReadiness
{
    private volatile string? _failure;
    private volatile bool _ready;

    public bool IsReady => _ready;

    public string? Failure => _failure;

    public void MarkReady() => _ready = true;

    public void MarkFailed(string reason) => _failure = reason;
}
