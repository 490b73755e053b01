// Our side of the HTTP transport benchmark (bench/Http/run.sh): bench/Http/schema.graphql over the same
// 20 authors × 3 books as graphql-yoga, served by MapGraphQL with its default limits.
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using OrgGrains.Benchmarks.Http;
using OrgGrains.GraphQL.AspNetCore;

var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5301;

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
var app = builder.Build();
app.MapGraphQL("/graphql", AuthorsSchema.Build());
Console.WriteLine($"orggrains listening on {port}");
await app.RunAsync();
