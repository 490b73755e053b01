using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Tests.Types;

/// <summary>§3.5 The built-in scalars coerce results and inputs as graphql-js does.</summary>
public sealed class ScalarCoercionTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1.0, 1)]
    [InlineData("123", 123)]
    [InlineData(true, 1)]
    [InlineData(-2147483648L, int.MinValue)]
    public void Int_serializes_integral_values(object value, int expected) => Assert.Equal(expected, Scalars.Int.Serialize(value));

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    public void Int_rejects_what_is_not_a_32_bit_integer(object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Scalars.Int.Serialize(value)).Message);

    [Fact]
    public void Int_input_accepts_integral_numbers_only()
    {
        Assert.Equal(3, Scalars.Int.ParseValue(3.0));
        Assert.Throws<GraphQLError>(() => Scalars.Int.ParseValue("3"));
        Assert.Throws<GraphQLError>(() => Scalars.Int.ParseValue(true));
        Assert.Equal(
            "Int cannot represent non 32-bit signed integer value: 2147483648",
            Assert.Throws<GraphQLError>(() => Scalars.Int.ParseLiteral(Parser.ParseValue("2147483648"), null)).Message);
        Assert.Equal("Int cannot represent non-integer value: 1.5", Assert.Throws<GraphQLError>(() => Scalars.Int.ParseLiteral(Parser.ParseValue("1.5"), null)).Message);
    }

    [Fact]
    public void Float_is_finite_and_accepts_int_literals()
    {
        Assert.Equal(2d, Scalars.Float.ParseLiteral(Parser.ParseValue("2"), null));
        Assert.Equal(1.5, Scalars.Float.Serialize("1.5"));
        Assert.Throws<GraphQLError>(() => Scalars.Float.Serialize(double.NaN));
        Assert.Throws<GraphQLError>(() => Scalars.Float.ParseValue(double.PositiveInfinity));
        Assert.Throws<GraphQLError>(() => Scalars.Float.ParseLiteral(Parser.ParseValue("\"1\""), null));
    }

    [Fact]
    public void String_serializes_numbers_and_booleans_like_javascript()
    {
        Assert.Equal("1.5", Scalars.String.Serialize(1.5));
        Assert.Equal("10", Scalars.String.Serialize(10L));
        Assert.Equal("true", Scalars.String.Serialize(true));
        Assert.Equal("String cannot represent a non string value: 1", Assert.Throws<GraphQLError>(() => Scalars.String.ParseValue(1)).Message);
    }

    [Fact]
    public void Boolean_and_ID_follow_the_spec()
    {
        Assert.Equal(false, Scalars.Boolean.Serialize(0));
        Assert.Throws<GraphQLError>(() => Scalars.Boolean.ParseValue(1));
        Assert.Equal("4", Scalars.ID.ParseValue(4));
        Assert.Equal("4", Scalars.ID.ParseLiteral(Parser.ParseValue("4"), null));
        Assert.Throws<GraphQLError>(() => Scalars.ID.ParseValue(4.5));
        Assert.Throws<GraphQLError>(() => Scalars.ID.Serialize(true));
    }

    [Fact]
    public void DateTime_is_an_RFC3339_date_time_with_offset()
    {
        var parsed = Assert.IsType<DateTimeOffset>(Scalars.DateTime.ParseValue("2025-06-01T09:30:00.250+02:00"));
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 9, 30, 0, 250, TimeSpan.FromHours(2)), parsed);
        Assert.Equal("2025-06-01T07:30:00Z", Scalars.DateTime.Serialize(new DateTimeOffset(2025, 6, 1, 7, 30, 0, TimeSpan.Zero)));
        Assert.Throws<GraphQLError>(() => Scalars.DateTime.ParseValue("2025-06-01T09:30:00"));
        Assert.Throws<GraphQLError>(() => Scalars.DateTime.ParseValue("2025-13-01T09:30:00Z"));
        Assert.NotNull(Scalars.DateTime.SpecifiedByUrl);
    }

    [Fact]
    public void Date_is_an_RFC3339_full_date()
    {
        Assert.Equal(new DateOnly(2025, 2, 28), Scalars.Date.ParseLiteral(Parser.ParseValue("\"2025-02-28\""), null));
        Assert.Equal("2025-02-28", Scalars.Date.Serialize(new DateOnly(2025, 2, 28)));
        Assert.Throws<GraphQLError>(() => Scalars.Date.ParseValue("2025-02-30"));
    }
}
