-- String literal lengths count UTF-16 units, as Java strings do.
CREATE TEMPORARY VIEW a1 AS SELECT U&'\00E9' AS b, '😀' AS e, 'a😀b' AS f, _UTF16'😀' AS g;
