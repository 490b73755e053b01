using System.Security.Cryptography;
using System.Text;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.Benchmarks.Http;

/// <summary>
/// The HTTP benchmark's schema (bench/Http/schema.graphql, embedded) over 20 authors × 3 books, the same
/// data graphql-yoga serves in bench/Http/yoga-server.mjs. Shared by the wrk server (Program.cs) and
/// the in-process per-request benchmark (bench/OrgGrains.Benchmarks/Http).
/// </summary>
public static class AuthorsSchema
{
    public const string Query = "{ authors { id name md5 books { id name } } }";

    public static GraphQLSchema Build()
    {
        var authors = Enumerable.Range(0, 20).Select(i => new Author(
            $"a{i}",
            $"Author {i}",
            Enumerable.Range(0, 3).Select(j => new Book($"b{i}-{j}", $"Book {j} of Author {i}")).ToArray())).ToArray();

        return new SchemaBuilder()
            .AddTypeDefinitions(ReadSdl())
            .Resolve("Query", "authors", _ => authors)
            .Resolve("Author", "md5", ctx => Md5Hex(((Author)ctx.Source!).Name))
            .Build();
    }

    /// <summary>The md5 field's work: computed per author per request, as yoga's resolver does with node's crypto.</summary>
    private static string Md5Hex(string text)
    {
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        Span<byte> hash = stackalloc byte[MD5.HashSizeInBytes];
        MD5.HashData(utf8[..Encoding.UTF8.GetBytes(text, utf8)], hash);
        return Convert.ToHexStringLower(hash);
    }

    private static string ReadSdl()
    {
        using var stream = typeof(AuthorsSchema).Assembly.GetManifestResourceStream("Http.schema.graphql")
            ?? throw new InvalidOperationException("bench/Http/schema.graphql is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public sealed record Author(string Id, string Name, Book[] Books);

    public sealed record Book(string Id, string Name);
}
