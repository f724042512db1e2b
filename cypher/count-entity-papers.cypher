// Paper counts are kept on entities at write time, so lists sort by them without counting.
// The paper-to-entity relationship types (graph-model.ts RELATIONS), without an end label, so
// Neo4j reads each count from the node's degree store instead of walking every link of a hub.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.paperCount = COUNT { (e)<-[:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]-() }
