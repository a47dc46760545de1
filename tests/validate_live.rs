//! `sluice validate --live` against a real emulator on free loopback ports: every live
//! finding, checked by its exact line, column and message.

mod common;

use base64::Engine as _;

use common::{TestEmulator, findings, script, sluice, sluice_with_env};

/// The WITH options of a sink table on `emu` (`{db}` and `{table}` filled in).
fn with(emu: &TestEmulator, db: &str, table: &str) -> String {
    format!(
        "'connector' = 'starrocks',\n    'jdbc-url' = 'jdbc:mysql://{}',\n    'load-url' = '{}',\n    \
         'database-name' = '{db}',\n    'table-name' = '{table}',\n    'username' = 'root',\n    'password' = ''",
        emu.mysql, emu.fe
    )
}

fn run_live(text: &str) -> (i32, Vec<String>) {
    let f = script(text);
    let out = sluice(&["validate", "--live", "--format", "json", f.path().to_str().unwrap()], None);
    (out.status.code().unwrap_or(-1), findings(&out.stdout))
}

#[test]
fn a_matching_table_has_no_findings() {
    let emu = TestEmulator::start("", "3.5.2");
    emu.execute(
        "",
        &[
            "CREATE DATABASE test",
            "CREATE TABLE test.score_board (id int NOT NULL, name varchar(65533) NULL DEFAULT '', score int NULL) \
             PRIMARY KEY(id) DISTRIBUTED BY HASH(id)",
        ],
    );
    let text = format!(
        "CREATE TABLE score_board (\n    id INT,\n    name STRING,\n    score INT,\n    PRIMARY KEY (id) NOT ENFORCED\n) WITH (\n    {}\n);\n",
        with(&emu, "test", "score_board")
    );
    assert_eq!(run_live(&text), (0, vec![]));
}

#[test]
fn missing_database_table_and_columns() {
    let emu = TestEmulator::start("", "3.5.2");
    emu.execute(
        "",
        &[
            "CREATE DATABASE d",
            "CREATE TABLE d.t (id int NOT NULL, name varchar(100) NULL, must int NOT NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)",
        ],
    );
    let text = format!(
        "CREATE TABLE no_db (id INT NOT NULL) WITH (\n    {}\n);\n\
         CREATE TABLE no_table (id INT NOT NULL) WITH (\n    {}\n);\n\
         CREATE TABLE v2 (id INT NOT NULL, nickname STRING) WITH (\n    {}\n);\n\
         CREATE TABLE v1_count (id INT NOT NULL, name VARCHAR(30)) WITH (\n    {},\n    'sink.version' = 'V1'\n);\n\
         CREATE TABLE v1_names (id INT NOT NULL, name VARCHAR(30), other INT) WITH (\n    {},\n    'sink.version' = 'V1'\n);\n",
        with(&emu, "nodb", "t"),
        with(&emu, "d", "nope"),
        with(&emu, "d", "t"),
        with(&emu, "d", "t"),
        with(&emu, "d", "t"),
    );
    let (code, found) = run_live(&text);
    assert_eq!(code, 1);
    assert_eq!(
        found,
        [
            "5:23 error: StarRocks database nodb does not exist.",
            "15:20 error: StarRocks table d.nope does not exist.",
            "19:35 error: StarRocks does not have column nickname",
            "19:14 error: StarRocks column must is NOT NULL without a default, and the Flink table does not write it.",
            "28:14 error: Fields count of t mismatch. flinkSchema[2]:id,name realTab[3]:id,name,must",
            "38:14 error: Fields name or type mismatch for:must",
        ]
    );
}

#[test]
fn types_and_primary_keys() {
    let emu = TestEmulator::start("", "3.5.2");
    emu.execute(
        "",
        &[
            "CREATE DATABASE d",
            "CREATE TABLE d.pk (id int NOT NULL, amount decimal(10, 2) NULL, born int NULL, big int NULL, \
             name varchar(20) NULL, total int NOT NULL) PRIMARY KEY(id) DISTRIBUTED BY HASH(id)",
            "CREATE TABLE d.dup (id int NOT NULL, v int NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)",
        ],
    );
    let text = format!(
        "CREATE TABLE typed (\n    id INT NOT NULL,\n    amount DECIMAL(12, 4),\n    born DATE,\n    big BIGINT,\n    \
         name VARCHAR(10),\n    total INT,\n    PRIMARY KEY (id) NOT ENFORCED\n) WITH (\n    {}\n);\n\
         CREATE TABLE no_key (id INT NOT NULL, total INT NOT NULL) WITH (\n    {}\n);\n\
         CREATE TABLE wrong_key (id INT NOT NULL, total INT NOT NULL, PRIMARY KEY (total) NOT ENFORCED) WITH (\n    {}\n);\n\
         CREATE TABLE key_on_dup (id INT NOT NULL, v INT, PRIMARY KEY (id) NOT ENFORCED) WITH (\n    {}\n);\n",
        with(&emu, "d", "pk"),
        with(&emu, "d", "pk"),
        with(&emu, "d", "pk"),
        with(&emu, "d", "dup"),
    );
    let (code, found) = run_live(&text);
    assert_eq!(code, 1);
    assert_eq!(
        found,
        [
            "3:5 warning: Column amount of type DECIMAL(12, 4) may lose data in StarRocks column amount DECIMAL(10, 2).",
            "4:5 error: Column born of type DATE cannot be loaded into StarRocks column born INT.",
            "5:5 warning: The Java connector rejects column big: Flink and StarRocks types are not matched for column big, flink type is BIGINT, starrocks type is int",
            "6:5 warning: Column name of type VARCHAR(10) may lose data in StarRocks column name VARCHAR(20).",
            "7:5 warning: Column total is nullable, but StarRocks column total is NOT NULL.",
            "18:14 error: Primary keys not defined in the sink `TableSchema`.",
            "27:62 error: Primary keys of the flink `TableSchema` do not match with the ones from starrocks table.",
            "36:50 warning: StarRocks table d.dup is a duplicate key table: the Flink primary key is ignored.",
        ]
    );
}

#[test]
fn features_the_table_model_does_not_allow() {
    let emu = TestEmulator::start("", "3.5.2");
    emu.execute(
        "",
        &[
            "CREATE DATABASE d",
            "CREATE TABLE d.pk (id int NOT NULL, name varchar(20) NULL, version bigint NULL) PRIMARY KEY(id) DISTRIBUTED BY HASH(id)",
            "CREATE TABLE d.dup (id int NOT NULL, version bigint NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)",
        ],
    );
    let dup = with(&emu, "d", "dup");
    let pk = with(&emu, "d", "pk");
    let text = format!(
        "CREATE TABLE partial (id INT NOT NULL, version BIGINT) WITH (\n    {dup},\n    'sink.properties.partial_update' = 'true'\n);\n\
         CREATE TABLE cond_dup (id INT NOT NULL, version BIGINT) WITH (\n    {dup},\n    'sink.properties.merge_condition' = 'version'\n);\n\
         CREATE TABLE cond_missing (id INT NOT NULL, name VARCHAR(6), version BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH (\n    {pk},\n    'sink.properties.merge_condition' = 'ver'\n);\n\
         CREATE TABLE cond_key (id INT NOT NULL, name VARCHAR(6), version BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH (\n    {pk},\n    'sink.properties.merge_condition' = 'id'\n);\n\
         CREATE TABLE cond_text (id INT NOT NULL, name VARCHAR(6), version BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH (\n    {pk},\n    'sink.properties.merge_condition' = 'name'\n);\n\
         CREATE TABLE cols (id INT NOT NULL, name VARCHAR(6), version BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH (\n    {pk},\n    'sink.properties.columns' = 'id, nam, tmp, version = tmp + 1, extra = id, __op'\n);\n\
         CREATE TABLE deletes_dup (id INT NOT NULL, version BIGINT) WITH (\n    {dup},\n    'sink.properties.columns' = 'id, version, __op'\n);\n",
    );
    let (code, found) = run_live(&text);
    assert_eq!(code, 1);
    assert_eq!(
        found,
        [
            "9:40 error: Partial update needs a primary key table, but d.dup is a duplicate key table.",
            "19:41 error: Conditional update only support primary key table dup",
            "29:41 error: Merge condition column ver does not exist. If you are doing partial update with condition update, please check condition column is in the given update columns. Otherwise please check condition column is in table pk",
            "39:41 error: Merge condition column id should not be primary key!",
            "49:41 error: Merge condition column has invalid type maybe bitmap/hll/percentile/json/varchar!",
            "59:33 error: 'sink.properties.columns' names nam, which is not a column of d.pk.",
            "59:33 error: 'sink.properties.columns' computes extra, which is not a column of d.pk.",
            "69:33 error: 'sink.properties.columns' loads __op, but d.dup is a duplicate key table.",
        ]
    );
}

#[test]
fn features_the_server_version_lacks() {
    let emu = TestEmulator::start("", "2.3.0");
    emu.execute(
        "",
        &["CREATE DATABASE d", "CREATE TABLE d.pk (id int NOT NULL) PRIMARY KEY(id) DISTRIBUTED BY HASH(id)"],
    );
    let pk = with(&emu, "d", "pk");
    let text = format!(
        "CREATE TABLE eo (id INT NOT NULL, PRIMARY KEY (id) NOT ENFORCED) WITH (\n    {pk},\n    'sink.version' = 'V2',\n    'sink.semantic' = 'exactly-once',\n    'sink.label-prefix' = 'job1'\n);\n\
         CREATE TABLE alo (id INT NOT NULL, PRIMARY KEY (id) NOT ENFORCED) WITH (\n    {pk}\n);\n\
         CREATE TABLE mc (id INT NOT NULL, PRIMARY KEY (id) NOT ENFORCED) WITH (\n    {pk},\n    'sink.properties.enable_merge_commit' = 'true',\n    'sink.properties.merge_commit_interval_ms' = '1000'\n);\n\
         CREATE TABLE json_lz4 (id INT NOT NULL, PRIMARY KEY (id) NOT ENFORCED) WITH (\n    {pk},\n    'sink.properties.format' = 'json',\n    'sink.properties.compression' = 'lz4_frame',\n    'sink.properties.prepared_timeout' = '60'\n);\n",
    );
    let (code, found) = run_live(&text);
    assert_eq!(code, 1);
    assert_eq!(
        found,
        [
            "9:22 error: You must use transaction stream load if not enable auto-commit",
            "16:18 warning: The server has no transaction stream load: loads fall back to plain stream load.",
            "30:45 error: Merge commit needs StarRocks 3.4.0 or later; the server runs 2.3.0.",
            "36:18 warning: The server has no transaction stream load: loads fall back to plain stream load.",
            "43:42 warning: 'prepared_timeout' is ignored before StarRocks 3.5.4; the server runs 2.3.0.",
            "42:37 error: Compressed JSON loads need StarRocks 3.2.7 or later; the server runs 2.3.0.",
        ]
    );
}

/// A TCP listener that accepts connections and never answers.
fn stalling_listener() -> std::net::SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("address");
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    addr
}

/// An HTTP server that answers every request with a plain-text 200.
fn not_starrocks_http() -> std::net::SocketAddr {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("address");
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello");
        }
    });
    addr
}

#[test]
fn addresses_and_credentials() {
    let password = "s3cr3t-Pa55";
    let emu = TestEmulator::start(password, "3.5.2");
    emu.execute(
        password,
        &["CREATE DATABASE d", "CREATE TABLE d.t (id int NOT NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)"],
    );
    let stalling = stalling_listener();
    let plain_http = not_starrocks_http();
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("address")
    };
    let table = |name: &str, jdbc: String, load: String, pw: &str| {
        format!(
            "CREATE TABLE {name} (id INT NOT NULL) WITH (\n    'connector' = 'starrocks',\n    'jdbc-url' = 'jdbc:mysql://{jdbc}',\n    \
             'load-url' = '{load}',\n    'database-name' = 'd',\n    'table-name' = 't',\n    'username' = 'root',\n    \
             'password' = '{pw}',\n    'sink.connect.timeout-ms' = '300'\n);\n"
        )
    };
    let text = [
        table("wrong_password", emu.mysql.to_string(), emu.fe.to_string(), "not-the-password"),
        table("fe_down", closed.to_string(), emu.fe.to_string(), password),
        table("fe_stalls", stalling.to_string(), emu.fe.to_string(), password),
        table("load_down", emu.mysql.to_string(), closed.to_string(), password),
        table("load_not_starrocks", emu.mysql.to_string(), plain_http.to_string(), password),
        table("fine", emu.mysql.to_string(), emu.fe.to_string(), password),
    ]
    .concat();
    let (code, found) = run_live(&text);
    assert_eq!(code, 1);
    assert_eq!(
        found,
        [
            "7:18 error: The FE refused the credentials: Access denied for user 'root' (using password: YES)"
                .to_string(),
            format!("13:18 error: Cannot connect to FE {closed}: Connection refused (os error 111)"),
            format!("23:18 error: FE {stalling} did not answer within 300 ms"),
            format!("34:18 error: Load URL http://{closed} is not reachable: Connection refused (os error 111)"),
            format!("44:18 error: http://{plain_http} does not answer like a StarRocks FE: HTTP 200 with body 'hello'"),
        ]
    );
    let f = script(&text);
    for (format, verbosity, log) in
        [("human", "-vvv", "trace"), ("json", "-v", "debug"), ("jsonl", "-vv", "info"), ("github", "-vvv", "trace")]
    {
        let out = sluice_with_env(
            &[verbosity, "validate", "--live", "--format", format, f.path().to_str().unwrap()],
            None,
            &[("RUST_LOG", log)],
        );
        let encoded: Vec<String> = [password, "not-the-password"]
            .iter()
            .map(|p| base64::engine::general_purpose::STANDARD.encode(format!("root:{p}")))
            .collect();
        for stream in [&out.stdout, &out.stderr] {
            let text = String::from_utf8_lossy(stream);
            for secret in [password, "not-the-password", &encoded[0], &encoded[1]] {
                assert!(!text.contains(secret), "{format} {verbosity}: a password leaked:\n{text}");
            }
        }
    }
}

#[test]
fn create_missing_creates_the_database_and_table_from_the_flink_schema() {
    let emu = TestEmulator::start("", "3.5.2");
    let text = format!(
        "CREATE TABLE score_board (\n    id INT NOT NULL,\n    name STRING,\n    score DECIMAL(10, 2),\n    \
         PRIMARY KEY (id) NOT ENFORCED\n) WITH (\n    {}\n);\n",
        with(&emu, "fresh", "score_board")
    );
    let f = script(&text);
    let path = f.path().to_str().unwrap();
    let out = sluice(&["validate", "--live", "--create-missing", "--format", "json", path], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(findings(&out.stdout), ["11:20 warning: Created StarRocks table fresh.score_board."]);
    let columns = emu.query(
        "",
        "select COLUMN_NAME, COLUMN_TYPE, COLUMN_KEY, IS_NULLABLE from information_schema.COLUMNS \
         where TABLE_SCHEMA = 'fresh' and TABLE_NAME = 'score_board'",
    );
    let s = |v: &str| Some(v.to_string());
    assert_eq!(
        columns,
        [
            vec![s("id"), s("int(11)"), s("PRI"), s("NO")],
            vec![s("name"), s("varchar(65533)"), s(""), s("YES")],
            vec![s("score"), s("decimal(10, 2)"), s(""), s("YES")],
        ]
    );
    let again = sluice(&["validate", "--live", "--format", "json", path], None);
    assert_eq!((again.status.code(), findings(&again.stdout)), (Some(0), vec![]));
}
