"""Development aid: print Flink 1.20's SQL keywords and which are reserved, from the
parser's own metadata. Run with the PyFlink interpreter:

    ~/.venv-flink/bin/python scripts/flink_keywords.py > crates/sluice-sql/data/flink_keywords.tsv
"""
from pyflink.java_gateway import get_gateway

gw = get_gateway()
jvm = gw.jvm
api = jvm.org.apache.flink.table.api
env = api.TableEnvironment.create(api.EnvironmentSettings.inStreamingMode())
# the parser lives in the planner's own class loader
loader = env.getParser().getClass().getClassLoader()
cls = jvm.java.lang.Class.forName("org.apache.flink.sql.parser.impl.FlinkSqlParserImpl", True, loader)
factory = cls.getField("FACTORY").get(None)
parser = factory.getParser(jvm.java.io.StringReader(""))
meta = parser.getMetadata()
rows = []
for tok in meta.getTokens():
    tok = str(tok)
    if not meta.isKeyword(tok):
        continue
    if meta.isReservedWord(tok):
        kind = "reserved"
    elif meta.isNonReservedKeyword(tok):
        kind = "non-reserved"
    else:
        kind = "keyword"
    extra = []
    if meta.isReservedFunctionName(tok):
        extra.append("function")
    if meta.isContextVariableName(tok):
        extra.append("context-variable")
    rows.append((tok, kind, ",".join(extra)))
print("word\tkind\tflags")
for r in sorted(rows):
    print("\t".join(r))
