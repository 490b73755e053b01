using System.Runtime.CompilerServices;
using OrgGrains.GraphQL;
using OrgGrains.GraphQL.Types;
using OrgGrains.Model;
using Orleans.Runtime;

namespace OrgGrains.Api;

/// <summary>The Subscription root (§6.2.3): each field's source stream is a subscription to one of
/// the model's change streams, taken when the subscription starts and left when it ends.</summary>
internal sealed class SubscriptionResolvers(IChangeHub changes)
{
    public void Bind(GuardedFields b)
    {
        b.Subscribe("unitChanged", ctx =>
        {
            var id = ctx.GetArgument<string>("id");
            var unit = GlobalId.TryDecode(id) ?? throw new GraphQLError($"`id` is not a global id of this API: '{id}'.", "INVALID_ID");
            return Listen<UnitChanged>(ChangeStreams.UnitsOfKind(unit.Kind), c => c, ctx.CancellationToken, c => c.Unit == unit);
        });
        b.Subscribe("alertChanged", ctx => Listen<AlertChanged>(ChangeStreams.Alerts, c => c, ctx.CancellationToken));
        b.Subscribe("organisationChanged", ctx => Listen<OrgStateChanged>(ChangeStreams.OrgState, _ => UnitNode.Organisation, ctx.CancellationToken));
        b.Subscribe("dependencyChanged", ctx => Listen<UnitChanged>(ChangeStreams.UnitsOfKind(UnitKind.Dependency), c => c, ctx.CancellationToken));
    }

    /// <summary>Subscribes now (so no change between subscribing and the first read is missed).</summary>
    private IAsyncEnumerable<object?> Listen<T>(StreamId stream, Func<T, object?> map, CancellationToken cancellationToken, Func<T, bool>? filter = null) =>
        Read(changes.Subscribe(stream, filter), map, cancellationToken);

    private static async IAsyncEnumerable<object?> Read<T>(IChangeSubscription<T> subscription, Func<T, object?> map, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using (subscription)
        {
            await foreach (var item in subscription.WithCancellation(cancellationToken))
                yield return map(item);
        }
    }
}
