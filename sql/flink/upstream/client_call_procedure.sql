-- source: apache/flink flink-table/flink-sql-client/src/test/resources/sql/call_procedure.q
-- (test_procedure_catalog is only on Flink's test classpath)

create catalog test_procedure_catalog with ('type'='test_procedure_catalog');

call `test_procedure_catalog`.`system`.generate_n(2);

call `test_procedure_catalog`.`system`.generate_n(1);

use catalog test_procedure_catalog;

create database `system`;

show procedures in `system` ilike 'gEnerate%';

call `system`.generate_user('yuxia', 18);
