-- Literal types, observed through views: numeric, string, binary, boolean,
-- date/time and interval literals, and the malformed forms.

-- numeric literals
CREATE TEMPORARY VIEW l1 AS SELECT 1 AS a, -1 AS b, 0 AS c, 2147483647 AS d, -2147483648 AS e, 2147483648 AS f, 10000000000 AS g;

-- decimal literals
CREATE TEMPORARY VIEW l2 AS SELECT 1.5 AS a, 1.50 AS b, .5 AS c, 5. AS d, -0.001 AS e, 123456789012345678.5 AS f;

-- decimal literal with 20 digits is out of range
CREATE TEMPORARY VIEW l2a AS SELECT 1234567890123456789.5 AS f;

-- decimal literal with 23 fraction digits is out of range
CREATE TEMPORARY VIEW l2c AS SELECT 0.12345678901234567890123 AS f;

-- decimal literal with 31 digits is out of range
CREATE TEMPORARY VIEW l2b AS SELECT 123456789012345678901234567890.5 AS f;

-- approximate literals
CREATE TEMPORARY VIEW l3 AS SELECT 1e3 AS a, 1.5e0 AS b, 1E10 AS c, 1e-3 AS d, -2.5E+2 AS e;

-- the largest BIGINT literal
CREATE TEMPORARY VIEW l4 AS SELECT 9223372036854775807 AS a, -9223372036854775808 AS b;

-- an integer literal beyond BIGINT is out of range
CREATE TEMPORARY VIEW l4a AS SELECT 9223372036854775808 AS b;

-- integer literal beyond DECIMAL(38)
CREATE TEMPORARY VIEW l4b AS SELECT 123456789012345678901234567890123456789 AS a;

-- hexadecimal-looking literal parses as 0 with an alias
CREATE TEMPORARY VIEW l5 AS SELECT 0x1F;

-- numeric suffixes are not supported
CREATE TEMPORARY VIEW l6 AS SELECT 1L AS a;

-- string literals
CREATE TEMPORARY VIEW l7 AS SELECT 'abc' AS a, '' AS b, 'it''s' AS c, 'a b' AS d, 'é' AS e;

-- string literal with backslash is not an escape
CREATE TEMPORARY VIEW l8 AS SELECT 'a\nb' AS a, '\' AS b;

-- adjacent string literals on separate lines are concatenated
CREATE TEMPORARY VIEW l9 AS SELECT 'ab'
'cd' AS a;

-- adjacent string literals on the same line are rejected
CREATE TEMPORARY VIEW l10 AS SELECT 'ab' 'cd' AS a;

-- unicode escape literal
CREATE TEMPORARY VIEW l11 AS SELECT U&'\00e9t\00e9' AS a;

-- unicode escape with six digits
CREATE TEMPORARY VIEW l12 AS SELECT U&'\+01F600' AS a;

-- unicode escape with a custom escape character
CREATE TEMPORARY VIEW l13 AS SELECT U&'!00e9' UESCAPE '!' AS a;

-- invalid unicode escape
CREATE TEMPORARY VIEW l14 AS SELECT U&'\zzzz' AS a;

-- national string literal
CREATE TEMPORARY VIEW l15 AS SELECT N'abc' AS a;

-- charset-prefixed string literal
CREATE TEMPORARY VIEW l16 AS SELECT _UTF16'abc' AS a;

-- unknown charset prefix
CREATE TEMPORARY VIEW l16b AS SELECT _FOO'abc' AS a;

-- E'' strings are not supported
CREATE TEMPORARY VIEW l17 AS SELECT E'a\nb' AS a;

-- multi-line string literal
CREATE TEMPORARY VIEW l18 AS SELECT 'line1
line2' AS a;

-- binary string literals
CREATE TEMPORARY VIEW l19 AS SELECT X'0A0B' AS a, x'ff' AS b, X'' AS c;

-- binary literal with an odd number of digits
CREATE TEMPORARY VIEW l20 AS SELECT X'ABC' AS a;

-- binary literal with a non-hex digit
CREATE TEMPORARY VIEW l21 AS SELECT X'GG' AS a;

-- boolean literals
CREATE TEMPORARY VIEW l22 AS SELECT TRUE AS a, FALSE AS b, UNKNOWN AS c;

-- DATE literals
CREATE TEMPORARY VIEW l23 AS SELECT DATE '2020-01-01' AS a, DATE '2020-1-1' AS b;

-- invalid DATE literal
CREATE TEMPORARY VIEW l24 AS SELECT DATE '2020-13-01' AS a;

-- DATE literal with a time part
CREATE TEMPORARY VIEW l25 AS SELECT DATE '2020-01-01 10:00:00' AS a;

-- TIME literals
CREATE TEMPORARY VIEW l26 AS SELECT TIME '10:11:12' AS a, TIME '10:11:12.345' AS b;

-- invalid TIME literal
CREATE TEMPORARY VIEW l27 AS SELECT TIME '25:00:00' AS a;

-- TIMESTAMP literals of different precision
CREATE TEMPORARY VIEW l28 AS SELECT TIMESTAMP '2020-01-01 00:00:00' AS a, TIMESTAMP '2020-01-01 00:00:00.1' AS b, TIMESTAMP '2020-01-01 00:00:00.123' AS c, TIMESTAMP '2020-01-01 00:00:00.123456' AS d, TIMESTAMP '2020-01-01 00:00:00.123456789' AS e;

-- TIMESTAMP literal with a T separator
CREATE TEMPORARY VIEW l29 AS SELECT TIMESTAMP '2020-01-01T00:00:00' AS a;

-- TIMESTAMP literal with an invalid month
CREATE TEMPORARY VIEW l30 AS SELECT TIMESTAMP '2020-13-01 00:00:00' AS a;

-- TIMESTAMP literal without time
CREATE TEMPORARY VIEW l31 AS SELECT TIMESTAMP '2020-01-01' AS a;

-- TIMESTAMP literal with ten fraction digits
CREATE TEMPORARY VIEW l32 AS SELECT TIMESTAMP '2020-01-01 00:00:00.1234567891' AS a;

-- TIMESTAMP_LTZ literal is not supported
CREATE TEMPORARY VIEW l33 AS SELECT TIMESTAMP_LTZ '2020-01-01 00:00:00' AS a;

-- TIMESTAMP WITH LOCAL TIME ZONE literal
CREATE TEMPORARY VIEW l34 AS SELECT TIMESTAMP WITH LOCAL TIME ZONE '2020-01-01 00:00:00' AS a;

-- single-unit interval literals
CREATE TEMPORARY VIEW l35 AS SELECT INTERVAL '1' YEAR AS a, INTERVAL '2' MONTH AS b, INTERVAL '3' DAY AS c, INTERVAL '4' HOUR AS d, INTERVAL '5' MINUTE AS e, INTERVAL '6' SECOND AS f;

-- plural interval units
CREATE TEMPORARY VIEW l36 AS SELECT INTERVAL '1' YEARS AS a, INTERVAL '2' MONTHS AS b, INTERVAL '3' DAYS AS c, INTERVAL '4' HOURS AS d, INTERVAL '5' MINUTES AS e, INTERVAL '6' SECONDS AS f;

-- WEEK interval unit is not supported
CREATE TEMPORARY VIEW l37 AS SELECT INTERVAL '1' WEEK AS a;

-- multi-unit interval literals
CREATE TEMPORARY VIEW l38 AS SELECT INTERVAL '1-2' YEAR TO MONTH AS a, INTERVAL '1 10' DAY TO HOUR AS b, INTERVAL '1 10:20' DAY TO MINUTE AS c, INTERVAL '1 10:20:30.5' DAY TO SECOND AS d, INTERVAL '10:20' HOUR TO MINUTE AS e, INTERVAL '10:20:30' HOUR TO SECOND AS f, INTERVAL '20:30' MINUTE TO SECOND AS g;

-- signed and fractional interval literals
CREATE TEMPORARY VIEW l39 AS SELECT INTERVAL '-1' DAY AS a, INTERVAL '0.001' SECOND AS b, INTERVAL '1.5' SECOND AS c, - INTERVAL '1' DAY AS d;

-- interval with leading precision
CREATE TEMPORARY VIEW l40 AS SELECT INTERVAL '100' DAY(3) AS a, INTERVAL '100' MINUTE(3) AS b;

-- interval value exceeding the default leading precision
CREATE TEMPORARY VIEW l41 AS SELECT INTERVAL '100' DAY AS a;

-- interval with a non-numeric string
CREATE TEMPORARY VIEW l42 AS SELECT INTERVAL 'x' DAY AS a;

-- interval with an unquoted number
CREATE TEMPORARY VIEW l43 AS SELECT INTERVAL 1 DAY AS a;

-- interval with a wrongly formatted YEAR TO MONTH string
CREATE TEMPORARY VIEW l44 AS SELECT INTERVAL '1' YEAR TO MONTH AS a;

-- interval MONTH TO YEAR is a parse error
CREATE TEMPORARY VIEW l45 AS SELECT INTERVAL '1-2' MONTH TO YEAR AS a;

-- interval with a fractional second precision
CREATE TEMPORARY VIEW l46 AS SELECT INTERVAL '1.123' SECOND(2, 3) AS a;

-- the types of all basic literals in one view
CREATE TEMPORARY VIEW l47 AS SELECT 1 AS a, 1.5 AS b, 1e3 AS c, 'abc' AS d, X'0A0B' AS e, DATE '2020-01-01' AS f, TIMESTAMP '2020-01-01 00:00:00.123' AS g, INTERVAL '1' DAY AS h, TRUE AS i, TIME '00:00:01' AS j;

-- typed NULL literals
CREATE TEMPORARY VIEW l48 AS SELECT CAST(NULL AS STRING) AS a, CAST(NULL AS DECIMAL(3, 1)) AS b;

-- a literal query planned end to end
SELECT 1, 1.5, 'abc', X'0A', DATE '2020-01-01', TIMESTAMP '2020-01-01 00:00:00', INTERVAL '1' DAY;

-- negative zero and plus sign
CREATE TEMPORARY VIEW l49 AS SELECT -0 AS a, +1 AS b, - -1 AS c;

-- ARRAY, MAP and ROW constructor literals
CREATE TEMPORARY VIEW l50 AS SELECT ARRAY[1, 2] AS a, MAP['k', 'v'] AS b, ROW(1, 'x') AS c, ARRAY[CAST(NULL AS INT)] AS d;

-- empty ARRAY constructor is rejected
CREATE TEMPORARY VIEW l51 AS SELECT ARRAY[] AS a;

-- ARRAY constructor with only NULL
CREATE TEMPORARY VIEW l52 AS SELECT ARRAY[NULL] AS a;

-- ROW constructor with a single field
CREATE TEMPORARY VIEW l53 AS SELECT ROW(1) AS a;
