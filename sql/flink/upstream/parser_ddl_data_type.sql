-- source: apache/flink flink-table/flink-sql-parser/src/test/java/org/apache/flink/sql/parser/FlinkDDLDataTypeTest.java
-- Upstream DDL_FORMAT is "create table t1 (f0 <type>) with ('k1' = 'v1')"; here the option is
-- 'connector' = 'blackhole' so that Flink creates the table and resolves the column type.

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 CHAR
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 CHAR NOT NULL
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 CHAR   NOT 	
NULL
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 char not null
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 CHAR NULL
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 CHAR(33)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 VARCHAR
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 VARCHAR(33)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 STRING
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 BOOLEAN
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 BINARY
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 BINARY(33)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 VARBINARY
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 VARBINARY(33)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 BYTES
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 DECIMAL
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 DEC
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 NUMERIC
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 DECIMAL(10)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 DEC(10)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 NUMERIC(10)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 DECIMAL(10, 3)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 DEC(10, 3)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 NUMERIC(10, 3)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TINYINT
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 SMALLINT
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 INTEGER
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 INT
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 BIGINT
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 FLOAT
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 DOUBLE
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 DOUBLE PRECISION
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 DATE
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIME
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIME WITHOUT TIME ZONE
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIME(3)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIME(3) WITHOUT TIME ZONE
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIMESTAMP
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIMESTAMP WITHOUT TIME ZONE
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIMESTAMP(3)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIMESTAMP(3) WITHOUT TIME ZONE
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIMESTAMP WITH LOCAL TIME ZONE
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIMESTAMP_LTZ
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIMESTAMP(3) WITH LOCAL TIME ZONE
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIMESTAMP_LTZ(3)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 ARRAY<TIMESTAMP(3) WITH LOCAL TIME ZONE>
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 ARRAY<TIMESTAMP_LTZ(3)>
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 ARRAY<INT NOT NULL>
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 INT ARRAY
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 INT NOT NULL ARRAY
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 INT ARRAY NOT NULL
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 MULTISET<INT NOT NULL>
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 INT MULTISET
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 INT NOT NULL MULTISET
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 INT MULTISET NOT NULL
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 MAP<BIGINT, BOOLEAN>
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 ROW<f0 INT NOT NULL, f1 BOOLEAN>
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 ROW(f0 INT NOT NULL, f1 BOOLEAN)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 ROW<`f0` INT>
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 ROW(`f0` INT)
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 ROW<>
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 ROW()
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 ROW<f0 INT NOT NULL 'This is a comment.', f1 BOOLEAN 'This as well.'>
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 RAW(    'java.lang.Integer'   ,   '<Serializer Snapshot>'   )
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 RAW('java.lang.Integer', '<Serializer Snapshot>') NOT NULL
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 RAW('java.lang.Integer', '<' 'Serializer Snapshot>') NOT NULL
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIMESTAMP WITH TIME ZONE
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 TIMESTAMP(3) WITH TIME ZONE
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 NULL
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 cat.db.MyType
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 `db`.`MyType`
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 MyType
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 ARRAY<MyType>
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 ROW<f0 MyType, f1 `c`.`d`.`t`>
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 INTERVAL YEAR
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 RAW()
) with (
  'connector' = 'blackhole'
);

-- @new-session
-- FlinkDDLDataTypeTest.testDataTypeParsing
create table t1 (
  f0 RAW('java.lang.Integer', )
) with (
  'connector' = 'blackhole'
);
