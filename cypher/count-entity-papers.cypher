// Paper counts are kept on entities at write time, so lists sort by them without counting.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.paperCount = COUNT { (e)<-[]-(:Paper) }
