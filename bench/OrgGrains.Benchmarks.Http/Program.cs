// Our side of the HTTP transport benchmark (bench/Http/run.sh): bench/Http/schema.graphql over the same
// 20 authors × 3 books as graphql-yoga, served by MapGraphQL with its default limits.
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using System.Security.Cryptography;
using System.Text;
using OrgGrains.GraphQL.AspNetCore;
using OrgGrains.GraphQL.Types;

var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5301;
var sdl = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema.graphql"));

var authors = Enumerable.Range(0, 20).Select(i => new Author(
    $"a{i}",
    $"Author {i}",
    Enumerable.Range(0, 3).Select(j => new Book($"b{i}-{j}", $"Book {j} of Author {i}")).ToArray())).ToArray();

var schema = new SchemaBuilder()
    .AddTypeDefinitions(sdl)
    .Resolve("Query", "authors", _ => authors)
    .Resolve("Author", "md5", ctx => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(((Author)ctx.Source!).Name))))
    .Build();

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
var app = builder.Build();
app.MapGraphQL("/graphql", schema);
Console.WriteLine($"orggrains listening on {port}");
await app.RunAsync();

internal sealed record Author(string Id, string Name, Book[] Books);

internal sealed record Book(string Id, string Name);
