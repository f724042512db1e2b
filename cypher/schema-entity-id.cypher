// An entity's id is `<type>:<normalised key>`, so this makes every entity's key unique within its type.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE
