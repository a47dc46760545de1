-- Lexical structure: comments, quoting, string forms, whitespace, invalid characters.

-- a table to query
CREATE TABLE t (a INT, `b c` STRING, `d``e` INT) WITH ('connector' = 'datagen');

-- block comment inside a query
SELECT /* comment */ a FROM t;

-- multi-line block comment inside a query
SELECT a /* line one
line two */ FROM t;

-- line comment inside a query
SELECT a -- trailing comment
FROM t;

-- double-slash line comment inside a query
SELECT a // slash comment
FROM t;

-- block comments do not nest: the first */ ends the comment
SELECT /* a /* b */ a FROM t;

-- text after the first */ of a would-be nested comment is a parse error
SELECT /* a /* b */ c */ a FROM t;

-- hash is not a comment
SELECT a # comment
FROM t;

-- hash in the middle of an expression
SELECT a #b FROM t;

-- comment between CREATE and TABLE
CREATE /* c */ TEMPORARY /* d */ TABLE t2 (x INT) WITH ('connector' = 'datagen');

-- line comment inside a column list
CREATE TEMPORARY TABLE t3 (
  x INT, -- the x
  y INT  // the y
) WITH ('connector' = 'datagen');

-- a semicolon inside a block comment does not end the statement
SELECT a /* ; */ FROM t;

-- a semicolon inside a line comment does not end the statement
SELECT a -- ;
FROM t;

-- a semicolon inside a string literal
SELECT 'a;b' FROM t;

-- a semicolon inside a back-quoted identifier
SELECT a AS `x;y` FROM t;

-- double-quoted identifier is a parse error
SELECT "a" FROM t;

-- double-quoted table name is a parse error
CREATE TEMPORARY TABLE "t4" (x INT) WITH ('connector' = 'datagen');

-- double-quoted string value is a parse error
SELECT a FROM t WHERE `b c` = "x";

-- back-quoted column with a space
SELECT `b c` FROM t;

-- back-quoted column with an escaped back-tick
SELECT `d``e` FROM t;

-- empty back-quoted identifier
SELECT a AS `` FROM t;

-- square-bracket quoting is a parse error
SELECT [a] FROM t;

-- dynamic parameter is rejected
SELECT a FROM t WHERE a = ?;

-- at-sign is an invalid character
SELECT @a FROM t;

-- dollar-sign leading identifier
SELECT $a FROM t;

-- tabs as whitespace
SELECT	a	FROM	t;

-- mixed-case keywords
SeLeCt a FrOm t;

-- keyword case does not affect identifiers
select A from t;

-- string with a doubled quote
SELECT 'it''s' FROM t;

-- string with a backslash-quote sequence is not an escape
SELECT 'a\' FROM t;

-- unicode identifier alias
SELECT a AS é FROM t;

-- unicode string literal
SELECT '日本語' FROM t;

-- U& string with surrogate-range escape
SELECT U&'\D800' FROM t;

-- U& identifier form
SELECT U&"a" FROM t;

-- comment-only hint position after FROM table
SELECT a FROM t /* not a hint */;

-- empty hint
SELECT /*+ */ a FROM t;

-- hint with an unbalanced parenthesis
SELECT /*+ OPTIONS('k'='v' */ a FROM t;

-- a statement that is only a comment followed by a query
/* leading block comment */ SELECT a FROM t;

-- non-breaking space is an invalid character
SELECT a FROM t;

-- a number immediately followed by letters
SELECT 1a FROM t;

-- a quoted identifier of exactly 256 characters
SELECT a AS `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa` FROM t;

-- a backslash outside a string
SELECT a \ 1 FROM t;

-- a stray closing parenthesis
SELECT a) FROM t;

-- an unbalanced opening parenthesis
SELECT (a FROM t;

-- double-quoted key in a WITH clause is a parse error
CREATE TEMPORARY TABLE t5 (x INT) WITH ("connector" = 'datagen');

-- string literal continued on the next line in WITH
CREATE TEMPORARY TABLE t6 (x INT) WITH ('connector' = 'data'
'gen');

-- string literal continued on the same line in WITH
CREATE TEMPORARY TABLE t7 (x INT) WITH ('connector' = 'data' 'gen');

-- unicode escape in an option value
CREATE TEMPORARY TABLE t8 (x INT) WITH ('connector' = U&'datage\006e');
