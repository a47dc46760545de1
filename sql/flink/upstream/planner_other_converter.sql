-- source: apache/flink flink-table/flink-table-planner/src/test/java/org/apache/flink/table/planner/operations/SqlOtherOperationConverterTest.java
-- One session (batch mode, as upstream). Setup statements recreate the catalogs/tables the test assumes (not upstream).
-- Parameterized HELP/CLEAR/QUIT/EXIT/SET variants that differ only in whitespace before ';' are kept once; USE statements are ordered last.

-- setup (not upstream)
SET 'execution.runtime-mode' = 'batch';

-- setup (not upstream)
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup (not upstream)
CREATE DATABASE db1;

-- setup (not upstream)
CREATE DATABASE db2;

-- setup (not upstream)
CREATE TABLE tbl (a INT, dt STRING) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-tbl', 'format' = 'csv');

-- SqlOtherOperationConverterTest.testLoadModule
LOAD MODULE dummy WITH ('k1' = 'v1', 'k2' = 'v2');

-- SqlOtherOperationConverterTest.testUnloadModule
UNLOAD MODULE dummy;

-- SqlOtherOperationConverterTest.testUseOneModule
USE MODULES dummy;

-- SqlOtherOperationConverterTest.testUseMultipleModules
USE MODULES x, y, z;

-- SqlOtherOperationConverterTest.testShowModules
SHOW MODULES;

-- SqlOtherOperationConverterTest.testShowTables
SHOW TABLES from cat1.db1 not like 't%';

-- SqlOtherOperationConverterTest.testShowTables
SHOW TABLES in db2;

-- SqlOtherOperationConverterTest.testShowTables
SHOW TABLES;

-- SqlOtherOperationConverterTest.testShowFullModules
SHOW FULL MODULES;

-- SqlOtherOperationConverterTest.testShowFunctions
SHOW FUNCTIONS;

-- SqlOtherOperationConverterTest.testShowFunctions
SHOW USER FUNCTIONS;

-- SqlOtherOperationConverterTest.testShowFunctions
show functions from cat1.db1 not like 'f%';

-- SqlOtherOperationConverterTest.testShowFunctions
show user functions from cat1.db1 ilike 'f%';

-- SqlOtherOperationConverterTest.testShowFunctions
show functions in db1;

-- SqlOtherOperationConverterTest.testShowFunctions
show functions in cat.db.t;

-- SqlOtherOperationConverterTest.testShowProcedures
SHOW procedures from cat1.db1 not like 't%';

-- SqlOtherOperationConverterTest.testShowProcedures
SHOW procedures from cat1.db1 ilike 't%';

-- SqlOtherOperationConverterTest.testShowProcedures
SHOW procedures in db1;

-- SqlOtherOperationConverterTest.testShowProcedures
SHOW procedures;

-- SqlOtherOperationConverterTest.testShowProcedures
SHOW procedures in cat.db.t;

-- SqlOtherOperationConverterTest.testShowPartitions
show partitions tbl;

-- SqlOtherOperationConverterTest.testShowPartitions
show partitions tbl partition (dt='2020-04-30 01:02:03');

-- SqlOtherOperationConverterTest.testAddJar
ADD JAR './test.
jar';

-- SqlOtherOperationConverterTest.testAddJar
ADD JAR 'file:///path/to/whatever';

-- SqlOtherOperationConverterTest.testAddJar
ADD JAR '../test-jar.jar';

-- SqlOtherOperationConverterTest.testAddJar
ADD JAR '/root/test.jar';

-- SqlOtherOperationConverterTest.testAddJar
ADD JAR 'test\ jar.jar';

-- SqlOtherOperationConverterTest.testAddJar
ADD JAR 'oss://path/helloworld.go';

-- SqlOtherOperationConverterTest.testRemoveJar
REMOVE JAR './test.
jar';

-- SqlOtherOperationConverterTest.testRemoveJar
REMOVE JAR 'file:///path/to/whatever';

-- SqlOtherOperationConverterTest.testRemoveJar
REMOVE JAR '../test-jar.jar';

-- SqlOtherOperationConverterTest.testRemoveJar
REMOVE JAR '/root/test.jar';

-- SqlOtherOperationConverterTest.testRemoveJar
REMOVE JAR 'test\ jar.jar';

-- SqlOtherOperationConverterTest.testRemoveJar
REMOVE JAR 'oss://path/helloworld.go';

-- SqlOtherOperationConverterTest.testShowJars
SHOW JARS;

-- SqlOtherOperationConverterTest.testSet
SET;

-- SqlOtherOperationConverterTest.testSet
SET 'test-key' = 'test-value';

-- SqlOtherOperationConverterTest.testReset
RESET;

-- SqlOtherOperationConverterTest.testReset
RESET 'test-key';

-- SqlOtherOperationConverterTest.testSetCommands
SET;

-- SqlOtherOperationConverterTest.testHelpCommands
HELP;

-- SqlOtherOperationConverterTest.testClearCommands
CLEAR;

-- SqlOtherOperationConverterTest.testQuitCommands
QUIT;

-- SqlOtherOperationConverterTest.testQuitCommands
EXIT;

-- SqlOtherOperationConverterTest.testUseCatalog
USE CATALOG cat1;

-- SqlOtherOperationConverterTest.testUseDatabase
USE db1;

-- SqlOtherOperationConverterTest.testUseDatabase
USE cat1.db1;

-- SqlOtherOperationConverterTest.testUseDatabaseWithException
USE cat1.db1.tbl1;
