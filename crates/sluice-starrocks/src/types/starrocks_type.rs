//! StarRocks column types as `information_schema.COLUMNS.COLUMN_TYPE` prints them
//! (starrocks-wire.md §8.3), parsed with `nom`, and printed back as DDL.

use std::fmt;

use nom::branch::alt;
use nom::bytes::complete::{tag_no_case, take_while, take_while1};
use nom::character::complete::{char, digit1, multispace0, multispace1};
use nom::combinator::{all_consuming, map, map_res, opt, value};
use nom::multi::separated_list1;
use nom::sequence::{delimited, preceded};
use nom::{IResult, Parser};

/// A StarRocks column type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StarRocksType {
    /// `BOOLEAN` (reported as `tinyint(1)`).
    Boolean,
    /// `TINYINT`.
    TinyInt,
    /// `SMALLINT`.
    SmallInt,
    /// `INT`.
    Int,
    /// `BIGINT`.
    BigInt,
    /// `LARGEINT` (reported as `bigint(20) unsigned`).
    LargeInt,
    /// `FLOAT`.
    Float,
    /// `DOUBLE`.
    Double,
    /// `DECIMAL(p, s)` (also DECIMAL32/64/128/256).
    Decimal(u8, u8),
    /// `CHAR(n)`, n in bytes.
    Char(u32),
    /// `VARCHAR(n)`, n in bytes; `STRING` is `VARCHAR(65533)`.
    Varchar(u32),
    /// `DATE`.
    Date,
    /// `DATETIME`.
    Datetime,
    /// `JSON`.
    Json,
    /// `BITMAP`.
    Bitmap,
    /// `HLL`.
    Hll,
    /// `PERCENTILE`.
    Percentile,
    /// `VARBINARY` or `VARBINARY(n)`.
    Varbinary(Option<u32>),
    /// `ARRAY<T>`.
    Array(Box<StarRocksType>),
    /// `MAP<K, V>`.
    Map(Box<StarRocksType>, Box<StarRocksType>),
    /// `STRUCT<name T, …>`.
    Struct(Vec<(String, StarRocksType)>),
    /// A type sluice does not model, as reported.
    Other(String),
}

/// Length of `STRING`.
pub const STRING_LENGTH: u32 = 65533;

impl StarRocksType {
    /// Parses a `COLUMN_TYPE` value; unknown forms become [`StarRocksType::Other`].
    pub fn parse(column_type: &str) -> StarRocksType {
        match all_consuming(delimited(multispace0, sr_type, multispace0)).parse(column_type) {
            Ok((_, t)) => t,
            Err(_) => StarRocksType::Other(column_type.trim().to_string()),
        }
    }

    /// Whether this is an integer type (TINYINT … LARGEINT).
    pub fn is_integer(&self) -> bool {
        matches!(self, Self::TinyInt | Self::SmallInt | Self::Int | Self::BigInt | Self::LargeInt)
    }

    /// Decimal digits of an integer type's range.
    pub fn integer_digits(&self) -> Option<u8> {
        Some(match self {
            Self::TinyInt => 3,
            Self::SmallInt => 5,
            Self::Int => 10,
            Self::BigInt => 19,
            Self::LargeInt => 39,
            _ => return None,
        })
    }
}

fn number(input: &str) -> IResult<&str, u32> {
    map_res(digit1, str::parse).parse(input)
}

fn args1(input: &str) -> IResult<&str, u32> {
    delimited((char('('), multispace0), number, (multispace0, char(')'))).parse(input)
}

fn decimal(input: &str) -> IResult<&str, StarRocksType> {
    let (input, _) = alt((
        tag_no_case("decimalv2"),
        tag_no_case("decimal256"),
        tag_no_case("decimal128"),
        tag_no_case("decimal64"),
        tag_no_case("decimal32"),
        tag_no_case("decimal"),
    ))
    .parse(input)?;
    let (input, ps) = opt(delimited(
        (multispace0, char('('), multispace0),
        (number, opt(preceded((multispace0, char(','), multispace0), number))),
        (multispace0, char(')')),
    ))
    .parse(input)?;
    let (p, s) = match ps {
        Some((p, s)) => (p, s.unwrap_or(0)),
        None => (10, 0),
    };
    Ok((input, StarRocksType::Decimal(p.min(255) as u8, s.min(255) as u8)))
}

fn integer(input: &str) -> IResult<&str, StarRocksType> {
    let (input, name) = alt((
        tag_no_case("tinyint"),
        tag_no_case("smallint"),
        tag_no_case("bigint"),
        tag_no_case("largeint"),
        tag_no_case("integer"),
        tag_no_case("int"),
    ))
    .parse(input)?;
    let (input, width) = opt(args1).parse(input)?;
    let (input, unsigned) = opt(preceded(multispace1, tag_no_case("unsigned"))).parse(input)?;
    let t = match name.to_ascii_lowercase().as_str() {
        "tinyint" if width == Some(1) => StarRocksType::Boolean,
        "tinyint" => StarRocksType::TinyInt,
        "smallint" => StarRocksType::SmallInt,
        "int" | "integer" => StarRocksType::Int,
        "bigint" if unsigned.is_some() => StarRocksType::LargeInt,
        "bigint" => StarRocksType::BigInt,
        _ => StarRocksType::LargeInt,
    };
    Ok((input, t))
}

fn sized_string(input: &str) -> IResult<&str, StarRocksType> {
    alt((
        map(preceded(tag_no_case("varchar"), opt(args1)), |n| StarRocksType::Varchar(n.unwrap_or(1))),
        map(preceded(tag_no_case("char"), opt(args1)), |n| StarRocksType::Char(n.unwrap_or(1))),
        map(preceded(tag_no_case("varbinary"), opt(args1)), StarRocksType::Varbinary),
        map(preceded(tag_no_case("binary"), opt(args1)), StarRocksType::Varbinary),
    ))
    .parse(input)
}

fn keyword_type(input: &str) -> IResult<&str, StarRocksType> {
    alt((
        value(StarRocksType::Boolean, tag_no_case("boolean")),
        value(StarRocksType::Float, tag_no_case("float")),
        value(StarRocksType::Double, tag_no_case("double")),
        value(StarRocksType::Datetime, tag_no_case("datetime")),
        value(StarRocksType::Date, tag_no_case("date")),
        value(StarRocksType::Json, tag_no_case("json")),
        value(StarRocksType::Bitmap, tag_no_case("bitmap")),
        value(StarRocksType::Hll, tag_no_case("hll")),
        value(StarRocksType::Percentile, tag_no_case("percentile")),
        value(StarRocksType::Varchar(STRING_LENGTH), tag_no_case("string")),
        value(StarRocksType::Varchar(STRING_LENGTH), tag_no_case("text")),
    ))
    .parse(input)
}

fn array(input: &str) -> IResult<&str, StarRocksType> {
    map(
        preceded(
            tag_no_case("array"),
            delimited((multispace0, char('<'), multispace0), sr_type, (multispace0, char('>'))),
        ),
        |e| StarRocksType::Array(Box::new(e)),
    )
    .parse(input)
}

fn map_type(input: &str) -> IResult<&str, StarRocksType> {
    map(
        preceded(
            tag_no_case("map"),
            delimited(
                (multispace0, char('<'), multispace0),
                (sr_type, preceded((multispace0, char(','), multispace0), sr_type)),
                (multispace0, char('>')),
            ),
        ),
        |(k, v)| StarRocksType::Map(Box::new(k), Box::new(v)),
    )
    .parse(input)
}

fn identifier(input: &str) -> IResult<&str, String> {
    alt((
        map(delimited(char('`'), take_while(|c| c != '`'), char('`')), str::to_string),
        map(take_while1(|c: char| c.is_alphanumeric() || c == '_' || c == '$'), str::to_string),
    ))
    .parse(input)
}

fn comment(input: &str) -> IResult<&str, ()> {
    value(
        (),
        (
            multispace1,
            tag_no_case("comment"),
            multispace1,
            alt((
                delimited(char('\''), take_while(|c| c != '\''), char('\'')),
                delimited(char('"'), take_while(|c| c != '"'), char('"')),
            )),
        ),
    )
    .parse(input)
}

fn struct_type(input: &str) -> IResult<&str, StarRocksType> {
    let field = map((identifier, multispace1, sr_type, opt(comment)), |(name, _, ty, _)| (name, ty));
    map(
        preceded(
            tag_no_case("struct"),
            delimited(
                (multispace0, char('<'), multispace0),
                separated_list1((multispace0, char(','), multispace0), field),
                (multispace0, char('>')),
            ),
        ),
        StarRocksType::Struct,
    )
    .parse(input)
}

fn sr_type(input: &str) -> IResult<&str, StarRocksType> {
    alt((array, map_type, struct_type, decimal, integer, sized_string, keyword_type)).parse(input)
}

impl fmt::Display for StarRocksType {
    /// As StarRocks DDL.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Boolean => f.write_str("BOOLEAN"),
            Self::TinyInt => f.write_str("TINYINT"),
            Self::SmallInt => f.write_str("SMALLINT"),
            Self::Int => f.write_str("INT"),
            Self::BigInt => f.write_str("BIGINT"),
            Self::LargeInt => f.write_str("LARGEINT"),
            Self::Float => f.write_str("FLOAT"),
            Self::Double => f.write_str("DOUBLE"),
            Self::Decimal(p, s) => write!(f, "DECIMAL({p}, {s})"),
            Self::Char(n) => write!(f, "CHAR({n})"),
            Self::Varchar(STRING_LENGTH) => f.write_str("STRING"),
            Self::Varchar(n) => write!(f, "VARCHAR({n})"),
            Self::Date => f.write_str("DATE"),
            Self::Datetime => f.write_str("DATETIME"),
            Self::Json => f.write_str("JSON"),
            Self::Bitmap => f.write_str("BITMAP"),
            Self::Hll => f.write_str("HLL"),
            Self::Percentile => f.write_str("PERCENTILE"),
            Self::Varbinary(None) => f.write_str("VARBINARY"),
            Self::Varbinary(Some(n)) => write!(f, "VARBINARY({n})"),
            Self::Array(e) => write!(f, "ARRAY<{e}>"),
            Self::Map(k, v) => write!(f, "MAP<{k}, {v}>"),
            Self::Struct(fields) => {
                f.write_str("STRUCT<")?;
                for (i, (name, ty)) in fields.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "`{name}` {ty}")?;
                }
                f.write_str(">")
            }
            Self::Other(text) => f.write_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::StarRocksType as T;

    #[test]
    fn parses_every_column_type_form_of_the_wire_spec() {
        let cases = [
            ("tinyint(1)", T::Boolean),
            ("tinyint(4)", T::TinyInt),
            ("smallint(6)", T::SmallInt),
            ("int(11)", T::Int),
            ("bigint(20)", T::BigInt),
            ("bigint(20) unsigned", T::LargeInt),
            ("largeint(40)", T::LargeInt),
            ("float", T::Float),
            ("double", T::Double),
            ("decimal(10, 2)", T::Decimal(10, 2)),
            ("decimal(38,9)", T::Decimal(38, 9)),
            ("DECIMAL64(10,2)", T::Decimal(10, 2)),
            ("decimal", T::Decimal(10, 0)),
            ("char(5)", T::Char(5)),
            ("varchar(150)", T::Varchar(150)),
            ("varchar(65533)", T::Varchar(65533)),
            ("date", T::Date),
            ("datetime", T::Datetime),
            ("json", T::Json),
            ("bitmap", T::Bitmap),
            ("hll", T::Hll),
            ("percentile", T::Percentile),
            ("varbinary", T::Varbinary(None)),
            ("varbinary(16)", T::Varbinary(Some(16))),
            ("array<int(11)>", T::Array(Box::new(T::Int))),
            ("array<DECIMAL64(10,2)>", T::Array(Box::new(T::Decimal(10, 2)))),
            ("array<array<varchar(10)>>", T::Array(Box::new(T::Array(Box::new(T::Varchar(10)))))),
            ("map<int(11),varchar(10)>", T::Map(Box::new(T::Int), Box::new(T::Varchar(10)))),
            ("struct<a int(11), b varchar(10)>", T::Struct(vec![("a".into(), T::Int), ("b".into(), T::Varchar(10))])),
            (
                "struct<a int(11) COMMENT 'the a', b array<tinyint(1)>>",
                T::Struct(vec![("a".into(), T::Int), ("b".into(), T::Array(Box::new(T::Boolean)))]),
            ),
            ("geometry", T::Other("geometry".into())),
        ];
        for (text, expected) in cases {
            assert_eq!(T::parse(text), expected, "{text}");
        }
    }

    #[test]
    fn prints_ddl() {
        assert_eq!(T::parse("map<int(11),varchar(65533)>").to_string(), "MAP<INT, STRING>");
        assert_eq!(T::parse("decimal(10, 2)").to_string(), "DECIMAL(10, 2)");
    }
}
