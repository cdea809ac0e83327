// kg graph for Neo4j, for small graphs (bulk loads: neo4j-admin database import, docs/EXPORT.md).
// Copy nodes.csv and relationships.csv into Neo4j's import folder, then:
//   cypher-shell -f import.cypher
CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (n:Entity {id: row.`id:ID`})
SET n.name = row.`name`,
    n.entity_type = row.`entity_type`,
    n.color = row.`color`,
    n.size = toFloat(row.`size:double`),
    n.aliases = CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END,
    n.mentions = toInteger(row.`mentions:int`),
    n.documents = CASE WHEN row.`documents:string[]` IS NULL OR row.`documents:string[]` = '' THEN [] ELSE split(row.`documents:string[]`, ';') END,
    n.first_date = CASE WHEN row.`first_date:date` IS NULL OR row.`first_date:date` = '' THEN null ELSE date(row.`first_date:date`) END,
    n.last_date = CASE WHEN row.`last_date:date` IS NULL OR row.`last_date:date` = '' THEN null ELSE date(row.`last_date:date`) END
FOREACH (_ IN CASE WHEN row.entity_type = 'PERSON' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.entity_type = 'COUNTRY' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE WHEN row.entity_type = 'ORGANIZATION' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.entity_type = 'LOCATION' THEN [1] ELSE [] END | SET n:Location)
FOREACH (_ IN CASE WHEN row.entity_type = 'EVENT' THEN [1] ELSE [] END | SET n:Event);

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'MET_WITH'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:MET_WITH {id: row.id}]->(b)
SET r.relation = row.`relation`,
    r.weight = toFloat(row.`weight:double`),
    r.evidence_count = toInteger(row.`evidence_count:int`),
    r.evidence = row.`evidence`,
    r.documents = CASE WHEN row.`documents:string[]` IS NULL OR row.`documents:string[]` = '' THEN [] ELSE split(row.`documents:string[]`, ';') END,
    r.first_date = CASE WHEN row.`first_date:date` IS NULL OR row.`first_date:date` = '' THEN null ELSE date(row.`first_date:date`) END,
    r.last_date = CASE WHEN row.`last_date:date` IS NULL OR row.`last_date:date` = '' THEN null ELSE date(row.`last_date:date`) END,
    r.modality = row.`modality`,
    r.confidence = toFloat(row.`confidence:double`),
    r.symmetric = toBoolean(row.`symmetric:boolean`),
    r.what = row.`what`,
    r.role = row.`role`;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DEMANDS_FROM'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:DEMANDS_FROM {id: row.id}]->(b)
SET r.relation = row.`relation`,
    r.weight = toFloat(row.`weight:double`),
    r.evidence_count = toInteger(row.`evidence_count:int`),
    r.evidence = row.`evidence`,
    r.documents = CASE WHEN row.`documents:string[]` IS NULL OR row.`documents:string[]` = '' THEN [] ELSE split(row.`documents:string[]`, ';') END,
    r.first_date = CASE WHEN row.`first_date:date` IS NULL OR row.`first_date:date` = '' THEN null ELSE date(row.`first_date:date`) END,
    r.last_date = CASE WHEN row.`last_date:date` IS NULL OR row.`last_date:date` = '' THEN null ELSE date(row.`last_date:date`) END,
    r.modality = row.`modality`,
    r.confidence = toFloat(row.`confidence:double`),
    r.symmetric = toBoolean(row.`symmetric:boolean`),
    r.what = row.`what`,
    r.role = row.`role`;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SANCTIONS'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:SANCTIONS {id: row.id}]->(b)
SET r.relation = row.`relation`,
    r.weight = toFloat(row.`weight:double`),
    r.evidence_count = toInteger(row.`evidence_count:int`),
    r.evidence = row.`evidence`,
    r.documents = CASE WHEN row.`documents:string[]` IS NULL OR row.`documents:string[]` = '' THEN [] ELSE split(row.`documents:string[]`, ';') END,
    r.first_date = CASE WHEN row.`first_date:date` IS NULL OR row.`first_date:date` = '' THEN null ELSE date(row.`first_date:date`) END,
    r.last_date = CASE WHEN row.`last_date:date` IS NULL OR row.`last_date:date` = '' THEN null ELSE date(row.`last_date:date`) END,
    r.modality = row.`modality`,
    r.confidence = toFloat(row.`confidence:double`),
    r.symmetric = toBoolean(row.`symmetric:boolean`),
    r.what = row.`what`,
    r.role = row.`role`;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'TESTIFIED_AT'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:TESTIFIED_AT {id: row.id}]->(b)
SET r.relation = row.`relation`,
    r.weight = toFloat(row.`weight:double`),
    r.evidence_count = toInteger(row.`evidence_count:int`),
    r.evidence = row.`evidence`,
    r.documents = CASE WHEN row.`documents:string[]` IS NULL OR row.`documents:string[]` = '' THEN [] ELSE split(row.`documents:string[]`, ';') END,
    r.first_date = CASE WHEN row.`first_date:date` IS NULL OR row.`first_date:date` = '' THEN null ELSE date(row.`first_date:date`) END,
    r.last_date = CASE WHEN row.`last_date:date` IS NULL OR row.`last_date:date` = '' THEN null ELSE date(row.`last_date:date`) END,
    r.modality = row.`modality`,
    r.confidence = toFloat(row.`confidence:double`),
    r.symmetric = toBoolean(row.`symmetric:boolean`),
    r.what = row.`what`,
    r.role = row.`role`;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'LEADER_OF'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:LEADER_OF {id: row.id}]->(b)
SET r.relation = row.`relation`,
    r.weight = toFloat(row.`weight:double`),
    r.evidence_count = toInteger(row.`evidence_count:int`),
    r.evidence = row.`evidence`,
    r.documents = CASE WHEN row.`documents:string[]` IS NULL OR row.`documents:string[]` = '' THEN [] ELSE split(row.`documents:string[]`, ';') END,
    r.first_date = CASE WHEN row.`first_date:date` IS NULL OR row.`first_date:date` = '' THEN null ELSE date(row.`first_date:date`) END,
    r.last_date = CASE WHEN row.`last_date:date` IS NULL OR row.`last_date:date` = '' THEN null ELSE date(row.`last_date:date`) END,
    r.modality = row.`modality`,
    r.confidence = toFloat(row.`confidence:double`),
    r.symmetric = toBoolean(row.`symmetric:boolean`),
    r.what = row.`what`,
    r.role = row.`role`;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'WORKS_FOR'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:WORKS_FOR {id: row.id}]->(b)
SET r.relation = row.`relation`,
    r.weight = toFloat(row.`weight:double`),
    r.evidence_count = toInteger(row.`evidence_count:int`),
    r.evidence = row.`evidence`,
    r.documents = CASE WHEN row.`documents:string[]` IS NULL OR row.`documents:string[]` = '' THEN [] ELSE split(row.`documents:string[]`, ';') END,
    r.first_date = CASE WHEN row.`first_date:date` IS NULL OR row.`first_date:date` = '' THEN null ELSE date(row.`first_date:date`) END,
    r.last_date = CASE WHEN row.`last_date:date` IS NULL OR row.`last_date:date` = '' THEN null ELSE date(row.`last_date:date`) END,
    r.modality = row.`modality`,
    r.confidence = toFloat(row.`confidence:double`),
    r.symmetric = toBoolean(row.`symmetric:boolean`),
    r.what = row.`what`,
    r.role = row.`role`;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CRITICIZED'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:CRITICIZED {id: row.id}]->(b)
SET r.relation = row.`relation`,
    r.weight = toFloat(row.`weight:double`),
    r.evidence_count = toInteger(row.`evidence_count:int`),
    r.evidence = row.`evidence`,
    r.documents = CASE WHEN row.`documents:string[]` IS NULL OR row.`documents:string[]` = '' THEN [] ELSE split(row.`documents:string[]`, ';') END,
    r.first_date = CASE WHEN row.`first_date:date` IS NULL OR row.`first_date:date` = '' THEN null ELSE date(row.`first_date:date`) END,
    r.last_date = CASE WHEN row.`last_date:date` IS NULL OR row.`last_date:date` = '' THEN null ELSE date(row.`last_date:date`) END,
    r.modality = row.`modality`,
    r.confidence = toFloat(row.`confidence:double`),
    r.symmetric = toBoolean(row.`symmetric:boolean`),
    r.what = row.`what`,
    r.role = row.`role`;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'VISITED'
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:VISITED {id: row.id}]->(b)
SET r.relation = row.`relation`,
    r.weight = toFloat(row.`weight:double`),
    r.evidence_count = toInteger(row.`evidence_count:int`),
    r.evidence = row.`evidence`,
    r.documents = CASE WHEN row.`documents:string[]` IS NULL OR row.`documents:string[]` = '' THEN [] ELSE split(row.`documents:string[]`, ';') END,
    r.first_date = CASE WHEN row.`first_date:date` IS NULL OR row.`first_date:date` = '' THEN null ELSE date(row.`first_date:date`) END,
    r.last_date = CASE WHEN row.`last_date:date` IS NULL OR row.`last_date:date` = '' THEN null ELSE date(row.`last_date:date`) END,
    r.modality = row.`modality`,
    r.confidence = toFloat(row.`confidence:double`),
    r.symmetric = toBoolean(row.`symmetric:boolean`),
    r.what = row.`what`,
    r.role = row.`role`;
