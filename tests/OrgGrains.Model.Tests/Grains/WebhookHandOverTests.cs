using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OrgGrains.Webhooks;

namespace OrgGrains.Model.Tests;

/// <summary>The units' hand-over to the real webhook outbox (<see cref="WebhookChangeOutbox"/>) and
/// dispatcher: group commit per silo, the event rendered only when a subscription matches, and the
/// outbox's batch append.</summary>
public sealed class WebhookHandOverTests
{
    /// <summary>Counts the dispatcher's batches as they arrive, and which of them completed. The
    /// first batch with a pod's change is held a moment, as a busy dispatcher would be: the silo sends one batch at a
    /// time, so what the other units hand over meanwhile must queue and go together. (Unheld, on a
    /// loaded machine each hand-over could finish before the next began, and nothing would show
    /// that batches form.)</summary>
    private sealed class DispatchCounter : IIncomingGrainCallFilter
    {
        private int _calls;

        public ConcurrentQueue<ImmutableArray<WebhookChange>> Dispatched { get; } = new();

        public async Task Invoke(IIncomingGrainCallContext context)
        {
            if (context.InterfaceMethod?.Name == nameof(IWebhookDispatcherGrain.DispatchAsync)
                && context.Request.GetArgument(0) is ImmutableArray<WebhookChange> held && held.Any(c => c.Unit?.Unit.Kind == UnitKind.Pod)
                && Interlocked.Increment(ref _calls) == 1)
                await Task.Delay(300);
            await context.Invoke();
            if (context.InterfaceMethod?.Name == nameof(IWebhookDispatcherGrain.DispatchAsync) && context.Request.GetArgument(0) is ImmutableArray<WebhookChange> batch)
                Dispatched.Enqueue(batch);
        }

        public int Changes(Func<WebhookChange, bool> which) => Dispatched.Sum(b => b.Count(which));
    }

    private static Task<ModelSilo> StartAsync(DispatchCounter counter, DictionaryGrainStorage storage) =>
        ModelSilo.StartAsync(storage: storage, configureSilo: silo =>
        {
            silo.AddWebhooks(o => o.FirstRetryDelay = TimeSpan.FromMinutes(10));
            silo.AddIncomingGrainCallFilter(counter);
        });

    private static PodState? Stored(DictionaryGrainStorage storage, string pod)
    {
        var state = new GrainState<PodState>();
        storage.ReadStateAsync("pod", GrainId.Create("pod", pod), state).GetAwaiter().GetResult();
        return state.RecordExists ? state.State : null;
    }

    [Fact]
    public async Task Without_subscriptions_hundreds_of_concurrent_changes_are_handed_over_in_batches_and_nothing_stays_staged()
    {
        var counter = new DispatchCounter();
        var storage = new DictionaryGrainStorage();
        await using var silo = await StartAsync(counter, storage);
        var org = new Org(silo.Grains);
        var domain = await org.DomainAsync();
        const int pods = 300;
        var ids = await Task.WhenAll(Enumerable.Range(0, pods).Select(i => org.PodAsync("p" + i, domain)));

        // A mutation returns after its hand-over: every creation reached the dispatcher, in fewer calls than changes.
        bool Created(WebhookChange c) => c.Unit is { Version: 1, Unit.Kind: UnitKind.Pod } u && ids.Contains(u.Unit.Id);
        Assert.Equal(pods, counter.Changes(Created));
        Assert.True(counter.Dispatched.Count(b => b.Any(Created)) < pods, $"{pods} changes went in {counter.Dispatched.Count(b => b.Any(Created))} calls.");
        Assert.All(counter.Dispatched, b => Assert.InRange(b.Length, 1, 1000));

        // The next write stores what the hand-over left staged: only the rename, never the creation again.
        await Task.WhenAll(ids.Select(async id =>
            Assert.True((await silo.Grains.GetGrain<IPodGrain>(id).UpdateAsync(new UpdatePod(Org.Actor, "Renamed " + id, null, null))).Succeeded)));
        Assert.All(ids, id => Assert.Equal(new[] { 2L }, Stored(storage, id)!.ChangesToHandOver.Select(h => h.Change.Version)));
    }

    [Fact]
    public async Task A_batch_for_a_deleted_subscription_is_dropped_by_its_closed_outbox()
    {
        var counter = new DispatchCounter();
        await using var silo = await StartAsync(counter, new DictionaryGrainStorage());
        var dispatcher = silo.Grains.GetGrain<IWebhookDispatcherGrain>(IWebhookDispatcherGrain.Id);
        // Nothing listens there: the first delivery fails and the retry is minutes away, so what was appended stays pending.
        var created = await dispatcher.CreateAsync(new CreateWebhookSubscription(Org.Actor, "http://127.0.0.1:9/hooks", [WebhookEventTypes.UnitChanged], null, WebhookSecret.Create()));
        var id = created.Value!.Id;
        var outbox = silo.Grains.GetGrain<IWebhookOutboxGrain>(id);
        var at = DateTimeOffset.UnixEpoch;
        WebhookEvent Event(int version) => WebhookEvents.Render(WebhookEvents.Describe(new UnitChanged(UnitRef.Pod("p"), "updated", Org.Actor, version, at), null));

        await outbox.AppendAsync([Event(1), Event(2), Event(1)]);
        Assert.Equal(2, (await outbox.GetStatusAsync()).Pending);

        Assert.True((await dispatcher.DeleteAsync(id, Org.Actor)).Succeeded);
        // As if the dispatcher had matched this batch just before the subscription was deleted.
        await outbox.AppendAsync([Event(3), Event(4)]);
        Assert.Equal(0, (await outbox.GetStatusAsync()).Pending);
        await dispatcher.DispatchAsync([WebhookEvents.Describe(new UnitChanged(UnitRef.Pod("p"), "updated", Org.Actor, 5, at), null)]);
        Assert.Equal(0, (await outbox.GetStatusAsync()).Pending);
    }

    /// <summary>Events already stored in outboxes, and receivers' dedupe, rely on ids and bodies staying as they were.</summary>
    [Fact]
    public void An_event_id_and_body_are_those_of_the_first_release()
    {
        var at = new DateTimeOffset(2026, 12, 7, 10, 30, 0, TimeSpan.Zero);
        var unit = WebhookEvents.Render(WebhookEvents.Describe(new UnitChanged(UnitRef.Pod("pod-1"), "updated", "ada", 7, at), "dom-1"));
        Assert.Equal(OldId("unit.changed", $"Pod:pod-1|7|{at.UtcTicks}"), unit.Id);
        Assert.Equal(
            $$$"""{"id":"{{{unit.Id}}}","type":"unit.changed","timestamp":"2026-12-07T10:30:00+00:00","data":{"kind":"Pod","key":"pod-1","action":"updated","actor":"ada","version":7,"domainKey":"dom-1"}}""",
            unit.Body);
        Assert.Equal(("unit.changed", "dom-1", at), (unit.Type, unit.DomainKey, unit.At));

        var alert = new Alert("PodOverWipLimit:pod-1", AlertKind.PodOverWipLimit, "Too much at once", [UnitRef.Pod("pod-1"), UnitRef.Domain("dom-1")], at);
        var raised = WebhookEvents.Render(WebhookEvents.Describe(new AlertChanged(alert, true, at)));
        Assert.Equal(OldId("alert.changed", $"PodOverWipLimit:pod-1|True|{at.UtcTicks}"), raised.Id);
        Assert.Equal(
            $$$"""{"id":"{{{raised.Id}}}","type":"alert.changed","timestamp":"2026-12-07T10:30:00+00:00","data":{"alertId":"PodOverWipLimit:pod-1","kind":"PodOverWipLimit","reason":"Too much at once","raised":true,"units":[{"kind":"Pod","key":"pod-1"},{"kind":"Domain","key":"dom-1"}]}}""",
            raised.Body);
        Assert.Null(raised.DomainKey);
    }

    private static string OldId(string type, string identity) =>
        "msg_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(type + "|" + identity)).AsSpan(0, 16));
}
