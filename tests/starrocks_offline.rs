//! StarRocks options and types checked offline by the real binary.

mod common;

use common::{findings, sluice};

#[test]
fn ten_mistakes_in_one_table_are_all_reported_at_their_place() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ten_mistakes.sql");
    let out = sluice(&["validate", "--format", "json", path], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        findings(&out.stdout),
        [
            "18:5 error: Unsupported options found for 'starrocks'.",
            "21:5 error: Unsupported options found for 'starrocks'.",
            "10:18 error: Could not parse host 'fe2' in option 'load-url'. It should follow the format 'host_name:port'.",
            "15:23 error: Unsupported value 'exactly_once' for 'sink.semantic'. Supported values are ['at-least-once', 'exactly-once'].",
            "16:37 error: Unsupported value '1048576' for 'sink.buffer-flush.max-bytes'. Supported value range: [67108864, 10737418240].",
            "17:26 error: Could not parse value 'three' for key 'sink.max-retries'.",
            "19:32 error: Invalid value 'jsn' for stream load property 'format'.",
            "20:45 error: Must set 'sink.properties.merge_commit_interval_ms' when 'sink.properties.enable_merge_commit' is true",
            "4:5 error: Column placed_at of type TIME(0) cannot be loaded into StarRocks.",
            "5:5 error: Column tags of type MULTISET<STRING> cannot be loaded into StarRocks.",
        ]
    );
}

#[test]
fn the_options_reference_is_generated_from_the_declarations() {
    let out = sluice(&["options", "starrocks", "--format", "json"], None);
    assert_eq!(out.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let options = doc.as_array().expect("an array");
    let find = |key: &str| options.iter().find(|o| o["key"] == key).unwrap_or_else(|| panic!("{key} missing"));
    assert_eq!(
        find("sink.buffer-flush.max-bytes"),
        &serde_json::json!({
            "key": "sink.buffer-flush.max-bytes", "type": "Long", "default": "94371840", "required": false,
            "description": "Bytes buffered before a flush, 64 MB to 10 GB. V2 flushes at this size and blocks writers at twice it; the documentation's claim that it has no effect in exactly-once does not hold for the code.",
            "role": "sink", "range": "[67108864, 10737418240]", "allowed_values": null, "deprecated_keys": []
        })
    );
    assert_eq!(find("jdbc-url")["required"], true);
    assert_eq!(find("sink.properties.*")["role"], "sink");
    assert!(options.iter().all(|o| o["key"] != "sink.publish-timeout.ms"), "rejected keys are not options");
    let unknown = sluice(&["options", "nosuch"], None);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn the_readme_options_table_is_the_generated_reference() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let start =
        readme.find("<!-- options:starrocks -->\n").expect("start marker") + "<!-- options:starrocks -->\n".len();
    let end = readme.find("<!-- /options:starrocks -->").expect("end marker");
    let out = sluice(&["options", "starrocks", "--format", "markdown"], None);
    assert_eq!(
        readme[start..end].trim_end(),
        String::from_utf8_lossy(&out.stdout).trim_end(),
        "regenerate the README table with `sluice options starrocks --format markdown`"
    );
}
